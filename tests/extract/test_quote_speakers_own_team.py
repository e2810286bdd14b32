"""Quotes on invented text: "her team insists they are “...”" is the star's own team speaking
unnamed ("Ada Vale’s team"), never the sentence's subject (a show's title or the star), and no
one's when the possessive is someone unnamed; a later "he says" still stands for the star."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_stars_team_insisting_speaks_unnamed() -> None:
    found = facts(
        "Coastline Nights heartthrob Omar Field has been spotted house-hunting with his co-star"
        " – but her team insists they are “just good pals”.",
        "Field stars as Jack Pell in Coastline Nights.",
        date="2026-02-01",
    )
    quote = next(q for q in found.quotes if q.text == "just good pals")
    # "her" is the unnamed co-star's, not Field's: no one the article names, so held
    assert (quote.speaker, quote.source, quote.served) == ("", SourceKind.UNATTRIBUTED, False)


def test_a_stars_team_is_named_by_its_star() -> None:
    found = facts(
        "Ada Vale will not return to Saltmarrow.",
        "Vale has been linked to a Marvel film. Her team insists the reports are “pure fiction”.",
    )
    quote = next(q for q in found.quotes if q.text == "pure fiction")
    assert (quote.speaker, quote.source) == ("Ada Vale’s team", SourceKind.UNNAMED)


def test_a_team_named_in_a_sentence_is_no_later_speaker() -> None:
    found = facts(
        "Omar Field stars as Jack Pell in Coastline Nights.",
        "His team has been working on a second series for months. “I love this show,” he says.",
        date="2026-02-01",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I love"))
    assert (quote.speaker, quote.source) == ("Omar Field", SourceKind.PERSON)
