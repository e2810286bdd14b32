"""A wrap report's word for where the story began ("cameras stopped rolling on the film,
closing a story that began on Hulu in March 2021"): the month is the series' first release,
no start of this film's shoot. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _started(*paragraphs: str) -> set[str]:
    kinds = release_kinds(*paragraphs, date="2025-10-10", title="Moonwick film wraps")
    return {value for kind, value, _ in kinds if kind == "filming_started"}


def test_a_story_that_began_on_a_streamer_is_no_shoot_start() -> None:
    started = _started(
        "Cameras stopped rolling on the Moonwick film on Friday 3 October, closing a story "
        "that began on Hulu in March 2021."
    )
    assert "2021-03" not in started


def test_a_saga_which_started_on_a_channel_is_no_shoot_start() -> None:
    started = _started(
        "Filming on the Moonwick film wrapped in Leeds on Friday, the end of a saga which "
        "started on BBC Three in June 2020."
    )
    assert "2020-06" not in started


def test_a_series_that_first_began_is_no_shoot_start() -> None:
    started = _started(
        "The Moonwick film finished shooting this week, capping a series that first began "
        "back in May 2019."
    )
    assert "2019-05" not in started


def test_a_shoot_that_began_keeps_its_start() -> None:
    started = _started(
        "Filming on the Moonwick film, which began on location in July 2025, wrapped on "
        "Friday 3 October."
    )
    assert "2025-07" in started
