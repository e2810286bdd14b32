"""Titles on invented text: a fact box's title with its kind after a dash ("Title: Quillmere
Road – The Film") is whole; a one-word work the opening tells as the subject's earlier credit
("made his name with the score for Gullspray") is not the article's title."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str, title: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-05-01", title=title)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_fact_box_title_with_its_kind_after_a_dash_is_whole() -> None:
    titles = _titles(
        "Pinned: everything confirmed about the film version of the show.",
        "- Title: Quillmere Road – The Film. Sky confirmed it in a press release.",
        "- Cast: Fennick Oade returns as the landlord.",
        title="MEGATHREAD: Quillmere Road – The Film | Confirmed info",
    )
    assert titles == {"Quillmere Road – The Film"}


def test_a_work_the_opening_tells_as_an_earlier_credit_is_not_the_title() -> None:
    titles = _titles(
        "Fennick Oade made his name with the stormy score for Gullspray. For the finale he wrote"
        " quietly.",
        "It is a souvenir from Gullspray, the BBC Scotland drama set on Barra that won him a"
        " nomination.",
        "Gullspray aired in February 2023. Oade wrote 40 minutes of music for it.",
        title="From storm to heartbeat: the composer behind the finale",
    )
    assert "Gullspray" not in titles
