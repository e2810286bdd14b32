"""Quotes on invented text: words after "to say" ("wrote in to say “...”") are said whole, not a
fragment of the writer's sentence."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_words_after_to_say_are_no_fragment() -> None:
    for line in (
        "Tamsin Rook wrote to the fan club to say “we are so proud of this one, thank you all”.",
        "Oskar Lindqvist rang the station this morning to say “the pier scene nearly broke me”.",
    ):
        found = facts(
            "Saltmarsh stars Tamsin Rook and Oskar Lindqvist, and opens in May.",
            line,
            date="2026-03-02",
            title="Saltmarsh stars thank fans",
        )
        assert found.quotes, found.quotes
        assert not found.quotes[0].fragment, found.quotes
