"""Quotes on invented text: a person named after a public body's possessive ("Leeds City
Council’s Nadia Forde said ...") is the subject a later "she added" stands for, never the body."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_she_added_after_a_public_bodys_spokesperson_is_that_person() -> None:
    for body, place in (
        ("Leeds City Council", "Leeds"),
        ("Harrowgate District Museum", "Harrowgate"),
    ):
        found = facts(
            "Quarry Lights moved to the old mill this week, with Tomas Brandt directing.",
            f"{body}’s Nadia Forde said the shoot had been “a lift for the whole street”.",
            "“People have been bringing the crew tea all week,” she added.",
            date="2026-06-02",
            title=f"Quarry Lights starts shooting in {place} as crowds gather",
        )
        quote = next(q for q in found.quotes if q.text.startswith("People have"))
        assert (quote.speaker, quote.source, quote.served) == (
            "Nadia Forde",
            SourceKind.PERSON,
            True,
        ), body
