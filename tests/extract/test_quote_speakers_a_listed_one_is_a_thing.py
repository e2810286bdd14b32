"""Quotes on invented text: a lone "one" after a comma ("posting clips of the score, one
captioned ‘...’") is one of the things just named, never an unnamed someone."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_clip_captioned_is_no_unnamed_person() -> None:
    found = facts(
        "Skellmoor Quay arrives in May.",
        "Composer Olwenna Olsk has been posting clips of the score, one captioned "
        "'a song for the harbour'.",
        date="2026-03-01",
    )
    credited = [q for q in found.quotes if q.text.startswith("a song")]
    assert all(q.source is not SourceKind.UNNAMED for q in credited), credited
