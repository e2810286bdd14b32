"""Quotes and their speakers on invented text: a channel named with a number word ("Channel
Four", "Network Two") is no unnamed "one" and no person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_channel_ending_in_a_number_word_is_no_unnamed_one_or_person() -> None:
    for sentence in (
        "Nothing yet. Channel Four has only said “in the spring” so far.",
        "Nothing yet. Network Two has only said “in the spring” and nothing more.",
    ):
        found = facts(
            "Marsh Lane series two finished filming in Cornwall last week.",
            sentence,
            date="2026-04-01",
            title="Marsh Lane: when is it back?",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("in the spring")]
        assert all(s is not SourceKind.PERSON and n != "an unnamed person" for n, s in said), said


def test_one_opening_a_sentence_is_still_someone_unnamed() -> None:
    found = facts(
        "Fans of Marsh Lane met the cast on Saturday.",
        "One said: “I have waited two years for this.”",
        date="2026-04-01",
        title="Marsh Lane fans",
    )
    said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("I have waited")]
    assert said == [("an unnamed person", SourceKind.UNNAMED)], said
