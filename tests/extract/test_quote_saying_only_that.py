"""Quotes and their speakers on invented text: words after "saying only that" or "adding that"
are the speaker's, not a term the writer marks after a determiner."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_words_after_saying_that_are_a_quote() -> None:
    for sentence, words in (
        (
            "A Skyline spokesperson would not discuss her return, saying only that “the show "
            "has found a new home for Ivy”.",
            "the show has found a new home for Ivy",
        ),
        (
            "A Skyline spokesperson confirmed the move on Monday, adding that “nobody wanted "
            "this ending for Ivy”.",
            "nobody wanted this ending for Ivy",
        ),
    ):
        found = facts(
            "Priya Dalal, who played Ivy in series one, is not expected to return.",
            sentence,
            date="2026-04-01",
            title="Marsh Lane series two: who is back",
        )
        said = {q.text: q.source for q in found.quotes if q.served}
        assert said.get(words) is SourceKind.UNNAMED, said
