"""Quotes on invented text: a clause whose own subject of a few words takes a stance before the
colon that opens the words ("Others are less sure: “...”", "on the forums, user ‘x’ is not
convinced:") gives words that are never the quote before going on; a named or pronoun subject
the resolver reads ("Quill is less sure:") still speaks."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Gull Harbour returns in May with a new lead after its star stepped down."


def _speaker(quotes: tuple[QuoteFact, ...], start: str) -> str:
    """The speaker of the quote opening on ``start``."""
    return next(q.speaker for q in quotes if q.text.startswith(start))


def test_a_groups_stance_is_not_the_poster_before() -> None:
    found = facts(
        _LEDE,
        "Viewers were quick to respond. @tidemark_jo wrote: “Best news all year.” Others are"
        " far less convinced: “Nobody can steer that boat like she did.”",
    )
    assert _speaker(found.quotes, "Nobody can") != "@tidemark_jo", found.quotes


def test_a_user_named_in_single_marks_is_not_the_poster_before() -> None:
    found = facts(
        _LEDE,
        "Viewers were quick to respond. @tidemark_jo wrote: “Best news all year.” On the"
        " message boards, user ‘saltpan’ is less sure: “Nobody can steer that boat.”",
    )
    assert _speaker(found.quotes, "Nobody can") != "@tidemark_jo", found.quotes


def test_a_named_subjects_stance_is_still_theirs() -> None:
    found = facts(
        _LEDE,
        "Viewers were quick to respond. Dana Quill wrote: “Best news all year.” Quill is less"
        " sure about the timing: “Nobody can steer that boat.”",
    )
    assert _speaker(found.quotes, "Nobody can") == "Dana Quill", found.quotes
