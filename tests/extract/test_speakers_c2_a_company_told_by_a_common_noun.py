"""Quotes on invented text: a sentence opening on a company told by a common noun, or on a
text, with its report ("The broadcaster called it “...”", "The jury's citation described it as
“...”") gives words that are the company's or the text's, never those of the person the
sentence before was about; a person told by a common noun ("The actor called it “...”") may
still be the one the sentence before named."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Gull Harbour, the coastal drama starring Tamsin Reller, returns to screens in May."


def _speaker(quotes: tuple[QuoteFact, ...], start: str) -> str:
    """The speaker of the quote opening on ``start``."""
    return next(q.speaker for q in quotes if q.text.startswith(start))


def test_a_corporation_told_by_a_common_noun_is_not_the_person_before() -> None:
    found = facts(
        _LEDE,
        "Reller has been doing the rounds of morning television this week. The corporation"
        " described the new run as “its boldest drama in a decade” at a launch on Monday.",
    )
    assert _speaker(found.quotes, "its boldest") != "Tamsin Reller", found.quotes


def test_a_text_as_the_subject_is_not_the_person_before() -> None:
    found = facts(
        _LEDE,
        "Reller picked up the festival's acting prize last week. The festival's weekly"
        " newsletter called the show “a salt-stung wonder” in its opening lines.",
    )
    assert _speaker(found.quotes, "a salt-stung") != "Tamsin Reller", found.quotes


def test_a_person_told_by_a_common_noun_still_looks_back() -> None:
    found = facts(
        _LEDE,
        "Tamsin Reller has been doing the rounds of morning television this week. The actor"
        " described the new run as “the hardest thing I have done”, laughing.",
    )
    assert _speaker(found.quotes, "the hardest") != "", found.quotes
