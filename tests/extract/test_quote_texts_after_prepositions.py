"""Quotes on invented text: a text or event after a preposition ("His first post after the
announcement said “...”") is what the words came after, never the one who says them."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_CAST = "Harrowfield Pictures confirmed on Tuesday that Tobiah Brennick will play Luca in Lowmoor."


def _said(line: str) -> tuple[str, SourceKind]:
    found = facts(_CAST, line, date="2026-05-04", title="Lowmoor adds Tobiah Brennick")
    quote = next(q for q in found.quotes if q.text.startswith("Ciao"))
    return quote.speaker, quote.source


def test_a_text_after_a_preposition_is_not_the_speaker() -> None:
    for line in (
        "His first post after the announcement just said “Ciao, everyone” which, honestly, iconic.",
        "His first post about the announcement just said “Ciao, everyone”, and that was it.",
    ):
        assert _said(line)[1] is not SourceKind.ORGANISATION, line


def test_a_text_opening_the_clause_still_speaks_for_its_owner() -> None:
    line = "The announcement just said “Ciao, everyone” which, honestly, iconic."
    assert _said(line) == ("Harrowfield Pictures", SourceKind.ORGANISATION)
