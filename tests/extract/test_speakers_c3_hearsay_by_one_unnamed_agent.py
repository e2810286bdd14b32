"""Quotes on invented text: a state told as hearsay by one unnamed agent ("The actor is said by
one insider to be “...”") is not the subject's own words, so they are never credited to the
person the subject stands for; the subject's own report ("The actor said she was “...”") still
is hers."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Bramwell, the Sky drama starring Lottie Harrane as Jo Pike, leads the nominations."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    """The quote opening on ``start``."""
    return next(q for q in quotes if q.text.startswith(start))


def test_hearsay_by_one_insider_is_not_the_subjects() -> None:
    found = facts(
        _LEDE,
        "Director Ned Farrow has done the rounds this month. At one screening he said the cast"
        " “did the hardest thing”.",
        "There is a case for Lottie Harrane, too. The Jo Pike actor, who went on to a stage run,"
        " is said by one insider to be “firmly in the running” for the newcomer prize, though"
        " that prize is decided by public vote.",
    )
    assert _quote(found.quotes, "firmly in").speaker != "Lottie Harrane", found.quotes


def test_the_subjects_own_report_is_hers() -> None:
    found = facts(
        _LEDE,
        "There is a case for Lottie Harrane, too. Lottie Harrane said on Monday that she was"
        " “firmly in the running” for the newcomer prize.",
    )
    assert _quote(found.quotes, "firmly in").speaker == "Lottie Harrane", found.quotes
