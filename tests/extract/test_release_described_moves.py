"""A release moved, the thing moved named by a description rather than its title ("has moved
the second season of the period drama to May 22", "pushed back the new series of the coastal
thriller to 22 May"): the new date is the release's. Said as a side note ("has also moved"), it
may be another show's and is not read. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Harrowgate Season 3 moves to June at Apple TV+"


def _kinds(*paragraphs: str, date: str = "2026-03-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_season_moved_by_description_takes_the_new_date() -> None:
    kinds = _kinds("Apple TV+ has moved the third season of the Yorkshire crime drama to June 12.")
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_a_new_series_pushed_back_by_description_takes_the_new_date() -> None:
    kinds = _kinds("The streamer has pushed back the new series of the legal thriller to 12 June.")
    assert ("premiere_date", "2026-06-12", False) in kinds


def test_a_season_also_moved_as_a_side_note_is_not_read() -> None:
    kinds = _kinds("Apple TV+ has also moved the second season of the cooking show to 12 June.")
    assert not any(value == "2026-06-12" for _, value, _ in kinds)
