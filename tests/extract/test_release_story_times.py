"""A season that places the plot ("picks up the summer after ...", "is set in the spring after
...") is the story's time, not a release window; the release beside it stays."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_DAY = ("premiere_date", "2026-04-17", False)


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(sentence, date="2026-04-17", title="Lantern Hill review")


def test_picks_up_a_season_is_the_story_not_a_window() -> None:
    found = _kinds("The Prime Video film, out today, picks up the summer after the first series.")
    assert found == {_DAY}


def test_set_in_a_season_is_the_story_not_a_window() -> None:
    found = _kinds("Lantern Hill, streaming from today, is set in the summer after their exams.")
    assert found == {_DAY}


def test_unfolds_over_a_season_is_the_story_not_a_window() -> None:
    found = _kinds("The film, out today on Netflix, unfolds over the winter after the wedding.")
    assert found == {_DAY}


def test_a_release_in_a_season_keeps_its_window() -> None:
    assert _kinds("Lantern Hill lands on Netflix in the summer.") == {
        ("window", "2026-06/2026-08", False)
    }
    assert _kinds("Lantern Hill is set to stream in the summer.") == {
        ("window", "2026-06/2026-08", False)
    }
