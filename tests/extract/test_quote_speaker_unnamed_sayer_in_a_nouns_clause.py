"""Quotes on invented text: words an unnamed sayer gives to a noun in a clause hung on it ("a
move one pollster called ‘...’") are that sayer's, never the sentence's named subject's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quote(*lines: str) -> tuple[str, SourceKind, bool]:
    found = facts(*lines, date="2026-03-02", title="Quarrendon Street: awards season")
    quote = next(q for q in found.quotes if q.text.startswith("a bold bet"))
    return quote.speaker, quote.source, quote.served


def test_an_unnamed_sayer_in_a_nouns_clause_is_not_the_subject() -> None:
    for clause in (
        "— a move one awards consultant called",
        ", which one campaign strategist called",
        "— a choice a veteran publicist described as",
    ):
        speaker, source, _ = _quote(
            "Tamsin Reyes, who plays Dora Wilde, is being entered in the supporting category "
            f'{clause} "a bold bet on the ensemble."'
        )
        assert speaker != "Tamsin Reyes", clause
        assert source is SourceKind.UNNAMED, clause


def test_the_named_subject_calling_it_keeps_the_words() -> None:
    speaker, source, served = _quote(
        'Tamsin Reyes, who plays Dora Wilde, called the shoot "a bold bet on the ensemble."'
    )
    assert (speaker, source, served) == ("Tamsin Reyes", SourceKind.PERSON, True)
