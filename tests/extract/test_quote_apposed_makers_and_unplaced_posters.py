"""Quotes and their speakers on invented text: "he said" after a named maker described by a job
and a relative clause ("X, the Y executive producer who ...") is that maker's, never his
description's; a caption whose poster the sentence names only by a word nobody can place is
nobody's, never a company's named in the sentence before."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_named_maker_described_before_a_relative_clause_says_the_pronouns_words() -> None:
    for sentence in (
        "Rowan Pell, the Brightwater Pictures executive producer who has steered the series "
        "since 2019, said the ending had been planned from the start.",
        "Rowan Pell, the Brightwater producer who first optioned the novels, told reporters the "
        "ending had been planned from the start.",
    ):
        found = facts(
            "Filming on Lowmoor began this week in Yorkshire.",
            sentence,
            "“We always knew where this story would land,” he said.",
            date="2026-05-04",
            title="Lowmoor begins filming",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("We always")]
        assert said == [("Rowan Pell", SourceKind.PERSON)], said


def test_a_caption_posted_by_someone_unplaced_is_no_companys_named_before() -> None:
    for sentence in (
        "Cass posted a picture of the last slate on her story, and the caption read “Goodbye, "
        "Lowmoor. What a ride.”",
        "Tam shared a snap from the set and the caption said: “Goodbye, Lowmoor. What a ride.”",
    ):
        found = facts(
            "The shoot finished on Friday, according to Apple TV's post this morning. " + sentence,
            date="2026-05-04",
            title="Lowmoor wraps",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("Goodbye")]
        assert said == [("", SourceKind.UNATTRIBUTED)], said
