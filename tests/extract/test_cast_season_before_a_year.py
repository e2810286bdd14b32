"""A season or month before a year ("Summer 2027", "May 2026") is no surname written alone: a
part whose surname is that word ("Ivy Summer") is still a part, so a bracketed list is never
turned round on the season."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def _finale(dated: str, surname: str) -> ArticleFacts:
    return facts(
        "The final chapter of Lamplit Row has finished filming, and here is what we know.",
        f"When does it arrive? {dated}",
        f"Rosa Marsh (Ivy {surname}) and Dev Okoro (Finn Garland) are in the finale too.",
    )


def test_a_season_before_a_year_turns_no_list_round() -> None:
    found = _finale("Our best guess? Summer 2027 – the show tends to land then.", "Summer")
    assert not served(found) & {("Ivy Summer", "Rosa Marsh"), ("Finn Garland", "Dev Okoro")}


def test_a_month_before_a_year_turns_no_list_round() -> None:
    found = _finale("No date yet, though May 2026 has been floated by insiders.", "May")
    assert not served(found) & {("Ivy May", "Rosa Marsh"), ("Finn Garland", "Dev Okoro")}


def test_a_winter_window_at_a_sentence_start_turns_no_list_round() -> None:
    found = _finale("Winter 2026 is the window the streamer has given.", "Winter")
    assert not served(found) & {("Ivy Winter", "Rosa Marsh"), ("Finn Garland", "Dev Okoro")}
