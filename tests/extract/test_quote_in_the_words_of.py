"""Quotes on invented text: words given "in the words of" a speaker right before them are that
speaker's; with other words between, they stay nobody's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(line: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts("The Copper Bay film came out on Friday.", line)
    return {q.text[:12]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_words_given_in_the_words_of_someone_are_theirs() -> None:
    found = _speakers(
        "The film has been out a week, and fans are, in the words of one viewer, “completely "
        "wrecked”."
    )
    assert found["completely w"] == ("one viewer", SourceKind.UNNAMED)
    found = _speakers("The reviews were, in the words of a Lumen insider, “warmer than hoped”.")
    assert found["warmer than "][1] is SourceKind.UNNAMED


def test_words_after_a_clause_of_their_own_are_nobodys() -> None:
    found = _speakers("In the words of one reviewer, the ending is “a slow-motion heartbreak”.")
    assert found["a slow-motio"][1] is SourceKind.UNATTRIBUTED
