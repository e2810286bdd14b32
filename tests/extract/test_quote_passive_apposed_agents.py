"""Quotes on invented text: a passive's agent described, then named in apposition ("described
by its writer, Ada Vale, as “...”"), is the speaker."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_passive_agent_named_in_apposition_is_the_speaker() -> None:
    for line in (
        "The sequel has been described by its writer, Perrin Ashdown, as “the one where they "
        "leave home”.",
        "The film was pitched by the director, Perrin Ashdown, as “a ghost story with no ghost”.",
    ):
        found = facts(
            "Perrin Ashdown wrote and directs the Larkspur film for Halden Pictures.", line
        )
        quote = next(q for q in found.quotes if q.text.startswith(("the one", "a ghost")))
        assert (quote.speaker, quote.source) == ("Perrin Ashdown", SourceKind.PERSON), line
