"""The word "early" or "late" before a season told with "the", "this" or "next" ("early in the
spring", "late this summer", "early next spring") narrows the window to the season's first or
last two months, as "early spring 2027" does. A plain season, or "later in the spring", keeps
all three months. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Fenmarch: what we know"
_LEDE = "Fenmarch, a six-part drama from Gull Films, has finished filming in Whitby."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-01-20", title=_TITLE)


def test_early_in_the_spring_is_the_springs_first_two_months() -> None:
    kinds = _kinds("A release by Harrow Films is expected “early in the spring”, the studio said.")
    assert kinds == {("window", "2026-03/2026-04", True)}


def test_early_next_spring_is_the_springs_first_two_months() -> None:
    assert _kinds("Fenmarch will arrive on ITV early next spring.") == {
        ("window", "2027-03/2027-04", False)
    }


def test_late_this_summer_is_the_summers_last_two_months() -> None:
    assert _kinds("Fenmarch lands on Channel 4 late this summer.") == {
        ("window", "2026-07/2026-08", False)
    }


def test_later_in_the_spring_keeps_the_whole_season() -> None:
    assert _kinds("Fenmarch will air later in the spring.") == {
        ("window", "2026-03/2026-05", False)
    }
