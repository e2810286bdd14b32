"""A release expected after the film's present stage ("the film is in the edit and is expected on
the service late next year") is a hedged window, as "the film is expected ..." is; "early"/"late"
before the time and "on the streamer" in place of a platform's name are read too, on invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quarry Lights finishes its shoot"


def _kinds(*paragraphs: str, date: str = "2025-10-14") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_film_in_post_production_and_expected_early_next_year_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Apple has not dated it, but the movie is now in post-production and is expected on "
        "the service early next year.",
    )
    assert ("window", "2026-01/2026-04", True) in kinds


def test_a_series_in_the_edit_and_expected_in_a_year_is_a_hedged_window() -> None:
    kinds = _kinds("The series is in the edit and is expected on Hulu in 2026.")
    assert ("window", "2026", True) in kinds


def test_a_film_expected_on_the_streamer_late_next_year() -> None:
    kinds = _kinds("The film is expected on the streamer late next year.")
    assert {k for k in kinds if k[0] == "window"} == {("window", "2026-09/2026-12", True)}


def test_an_actor_in_talks_and_expected_is_no_window() -> None:
    kinds = _kinds("Odile Sarno is in talks and is expected on set in 2026.")
    assert not {k for k in kinds if k[0] == "window"}
