"""A shoot's start quoted from its predicate on ("said filming “is expected to begin in the
summer”") is the plan, hedged as the same words unquoted; a start told in the present at a few
places joined by "and" on a day still to come ("Filming begins in Pellworth and Strandmoor on
22 June") is a plan, and the month the lede reads as begun ("begins filming this month") is
that day's. Invented articles."""

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


def test_a_present_start_at_places_joined_by_and_on_a_later_day_is_planned() -> None:
    assert _found("Filming begins in Pellworth and Strandmoor on 22 June.", date="2026-06-09") == {
        ("filming_planned", "2026-06-22", False)
    }


def test_the_month_a_lede_reads_as_begun_is_the_planned_day() -> None:
    found = release_dates(
        "The Orrinvale drama Dunmere Bells, which begins filming in Pellworth this month, has "
        "named its cast.",
        "Filming begins in Pellworth and Strandmoor on 22 June.",
        date="2026-06-09",
        title=_TITLE,
    )
    assert found == {("filming_planned", "2026-06-22", False)}


def test_a_month_told_begun_in_the_past_stays_beside_a_planned_day() -> None:
    found = release_dates(
        "The Orrinvale drama Dunmere Bells is coming to Pellworth.",
        "Filming began in Strandmoor earlier this month.",
        "Filming in the town begins on Monday 22 June.",
        date="2026-06-09",
        title=_TITLE,
    )
    assert ("filming_started", "2026-06", False) in found
