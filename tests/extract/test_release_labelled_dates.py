"""A fact-sheet line that labels the release date ("Release date: Friday 15 May on Netflix",
"Out: 3 April in cinemas") gives the premiere date; a label that guesses ("Expected release
date:") or a line that goes on past the date is not read so. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Birch Hollow: everything we know so far"


def _kinds(*paragraphs: str, date: str = "2026-01-20") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_release_date_label_with_a_weekday_and_platform_dates_the_release() -> None:
    kinds = _kinds("Release date: Thursday 9 April on Prime Video, worldwide. Cast: see below.")
    assert ("premiere_date", "2026-04-09", False) in kinds


def test_an_out_label_with_a_year_and_cinemas_dates_the_release() -> None:
    kinds = _kinds("Out: 27 March 2026 in cinemas.")
    assert ("premiere_date", "2026-03-27", False) in kinds


def test_a_guessed_date_label_is_not_read_as_the_release() -> None:
    kinds = _kinds("Expected release date: 9 April.")
    assert not any(value == "2026-04-09" for _, value, _ in kinds)


def test_a_label_line_that_goes_on_past_the_date_is_not_read_so() -> None:
    kinds = _kinds("Release date: 9 April for members of the fan club, with a wider rollout TBC.")
    assert not any(value == "2026-04-09" for _, value, _ in kinds)
