"""On invented text: "stopped short of giving an exact date" says no date is set (the window
told with it stays); after "no release date", a hope "to have the film ready for spring 2027"
is a hedged window, but one for a festival gives none."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Hulu reveals first look at Copper Lane"


def _served(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_stopped_short_of_an_exact_date_is_no_date_yet() -> None:
    facts = _served(
        "Copper Lane will arrive on Hulu next autumn, though the streamer stopped short of "
        "giving an exact date.",
        date="2025-11-06",
    )
    assert ("not_announced", "", False) in facts
    assert ("window", "2026-09/2026-11", False) in facts


def test_stopped_short_of_naming_a_release_date() -> None:
    facts = _served(
        "Hulu confirmed Copper Lane is coming in 2027 but stopped short of naming a release date.",
        date="2026-02-06",
    )
    assert ("not_announced", "", False) in facts


def test_a_hope_to_have_the_film_ready_for_a_season_is_hedged() -> None:
    facts = _served(
        "Hulu has not set a release date, but insiders say the studio is hoping to have the "
        "film ready for spring 2027.",
        date="2026-02-06",
    )
    assert ("window", "2027-03/2027-05", True) in facts


def test_a_hope_to_get_it_out_by_a_season_is_hedged() -> None:
    facts = _served(
        "There is no release date yet. The makers hope to get it out by autumn 2026.",
        date="2026-02-06",
    )
    assert ("window", "2026-09/2026-11", True) in facts


def test_a_hope_to_have_it_ready_for_a_festival_is_no_window() -> None:
    facts = _served(
        "There is no release date yet. The team is hoping to have the film ready for Venice.",
        date="2026-02-06",
    )
    assert not {f for f in facts if f[0] == "window"}
