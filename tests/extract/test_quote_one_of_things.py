"""Quotes on invented text: "the last one says “...”" after someone's posts is one of the posts,
never an unnamed person; "one commenter described ..." is still an unnamed source."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_counted_one_is_no_unnamed_speaker() -> None:
    for line in (
        "Rook shared some photos from the shoot, and the last one just says “see you in the dark”.",
        "Rook put up three stories tonight; that one says “see you in the dark” with a moon.",
    ):
        found = facts("Odile Rook stars in the Nightjar film, which wrapped on Friday.", line)
        quote = next(q for q in found.quotes if q.text.startswith("see you"))
        assert quote.source is not SourceKind.UNNAMED or not quote.served, line


def test_one_commenter_is_still_an_unnamed_source() -> None:
    found = facts(
        "Odile Rook stars in the Nightjar film, which wrapped on Friday.",
        "The poster went up today, which one commenter described as “a mood board in a fog”.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("a mood"))
    assert quote.source is SourceKind.UNNAMED
