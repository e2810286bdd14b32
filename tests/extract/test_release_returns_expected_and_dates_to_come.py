"""Release: a series "expected to return" at a time (the return is its release, hedged), a date
that "will be confirmed" later (none yet), a shoot's planned end just before a time (the shoot's,
not the release's), and a release told of works in general ("a month before a drama launches").
Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Kestrel Moor: series two news"


def _kinds(*lines: str) -> set[tuple[str, str, bool]]:
    return release_dates("Kestrel Moor is coming back.", *lines, date="2025-08-12", title=_TITLE)


def test_a_series_expected_to_return_gives_a_hedged_window() -> None:
    kinds = _kinds("ITV has not set a date, but insiders expect it to return in late 2026.")
    assert ("window", "2026-09/2026-12", True) in kinds, kinds
    assert ("not_announced", "", False) in kinds, kinds


def test_a_person_expected_to_return_is_no_release() -> None:
    kinds = _kinds("Insiders expect her to return in late 2026.")
    assert kinds == set(), kinds


def test_a_date_that_will_be_confirmed_is_not_announced() -> None:
    kinds = _kinds(
        "Kestrel Moor will arrive on ITV in early 2026. The premiere date will be confirmed in "
        "the coming months."
    )
    assert kinds == {("window", "2026-01/2026-04", False), ("not_announced", "", False)}, kinds


def test_a_cast_that_will_be_confirmed_says_nothing_of_the_date() -> None:
    kinds = _kinds(
        "Kestrel Moor will arrive on ITV in early 2026. More cast will be confirmed soon."
    )
    assert kinds == {("window", "2026-01/2026-04", False)}, kinds


def test_a_shoots_planned_end_is_not_the_release() -> None:
    kinds = _kinds(
        "ITV has said the series will be released in 2026, and with filming expected to wrap "
        "next month, a spring slot looks likely."
    )
    assert ("window", "2026", False) in kinds, kinds
    assert all(value != "2025-09" for _, value, _ in kinds), kinds


def test_a_release_verb_after_the_shoots_end_still_dates_the_release() -> None:
    kinds = _kinds("With filming due to wrap soon, the series will arrive on ITV in March.")
    assert ("window", "2026-03", False) in kinds, kinds


def test_a_release_told_of_works_in_general_is_no_window() -> None:
    kinds = _kinds(
        "Sky usually releases a teaser a month before a drama launches, so keep your eyes peeled "
        "in December."
    )
    assert kinds == set(), kinds


def test_our_series_launching_after_an_event_keeps_its_window() -> None:
    kinds = _kinds("After the festival screening, the drama launches on ITV in December.")
    assert ("window", "2025-12", False) in kinds, kinds
