"""A window told as a plan given up, and the day a work's name was revealed, on invented text:
neither is the release; the new window and a release told after the reveal are kept."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quarry Lights series two delayed to autumn"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_window_the_series_had_been_due_in_is_given_up() -> None:
    kinds = _kinds(
        "ITV says the second series of Quarry Lights will now launch in autumn 2026.",
        "The series had been due to air on ITV1 and ITVX in the spring, but filming stopped in "
        "January after a flood at the studio.",
    )
    assert ("window", "2026-03/2026-05", False) not in kinds
    assert ("window", "2026-09/2026-11", False) in kinds


def test_a_window_the_series_is_due_in_is_kept() -> None:
    kinds = _kinds("The series is due to air on ITV1 and ITVX in the spring.")
    assert ("window", "2026-03/2026-05", False) in kinds


def test_the_day_the_title_arrived_is_not_the_release() -> None:
    kinds = _kinds(
        "The title arrived on Thursday morning with a short teaser for Quarry Lights.",
        date="2025-10-23",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_the_series_arriving_on_a_day_is_the_release() -> None:
    kinds = _kinds("The series arrives on Thursday 30 October on ITVX.", date="2025-10-23")
    assert ("premiere_date", "2025-10-30", False) in kinds
