"""A shoot's start quoted from its predicate on ("said filming “is expected to begin in the
summer”") is the plan, hedged as the same words unquoted. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Dunmere Bells gets its cast"
_LEDE = "The Orrinvale drama Dunmere Bells has named its cast."


def _found(*sentences: str, date: str = "2025-06-10") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_a_start_quoted_from_its_predicate_is_the_hedged_plan() -> None:
    assert _found(
        "A spokesperson said filming “is expected to begin in the summer” and that no release "
        "date had been set."
    ) == {("filming_planned", "2025-06/2025-08", True), ("not_announced", "", False)}


def test_a_start_quoted_after_a_word_other_than_the_shoot_is_no_plan() -> None:
    assert _found("He said the tour “is expected to start in the autumn of 2026”.") == set()
