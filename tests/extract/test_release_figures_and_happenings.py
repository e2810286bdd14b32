"""Figures or charts still to come out on a day, told with a helper verb and a place in between,
and a day on which something happened, on invented text: "viewing figures would be released in
the weekly chart on Monday" and "whatever happened in Leeds on Saturday night" give the day of
the figures or of the happening, never the show's release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quarry Lane is out now on Netflix: live reaction"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-03-06", title=_TITLE)


def test_figures_that_would_be_released_in_a_chart() -> None:
    kinds = _kinds(
        "Quarry Lane is now streaming on Netflix, having gone live at 8am.",
        "A Netflix spokesperson said viewing figures would be released in the weekly Top 10 "
        "on Tuesday.",
    )
    assert ("premiere_date", "2026-03-10", False) not in kinds


def test_ratings_that_will_be_published_by_the_broadcaster() -> None:
    kinds = _kinds(
        "Quarry Lane is now streaming on Netflix.",
        "Overnight ratings will be published by the network on Monday, a spokesperson said.",
    )
    assert ("premiere_date", "2026-03-09", False) not in kinds


def test_the_show_released_on_a_day_still_counts() -> None:
    kinds = release_kinds(
        "Quarry Lane will be released on Netflix on Friday 13 March.",
        date="2026-03-06",
        title="Quarry Lane: everything we know",
    )
    assert ("premiere_date", "2026-03-13", False) in kinds


def _gala(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-04-12", title="Quarry Lane: a standing ovation")


def test_a_day_that_something_happened_on_is_not_the_release() -> None:
    kinds = _gala(
        "There are premieres, and then there is whatever happened in Leeds on Saturday night."
    )
    assert kinds == set()


def test_a_day_that_scenes_unfolded_on_is_not_the_release() -> None:
    kinds = _gala(
        "Nobody who went to the launches expected the scenes that unfolded outside the Lyceum "
        "on Friday evening."
    )
    assert kinds == set()
