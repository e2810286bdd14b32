"""A round-up's month told with a release verb ("here is everything arriving on Orbiflix in
April 2026") is the list's, not a window of the work on it; a time the sentence gives the work
itself still is. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: everything we know"
_LEDE = "The Elspin drama Quillon Vale is the next big thing."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-03-30", title=_TITLE)


def test_everything_arriving_in_a_month_is_no_window() -> None:
    assert (
        _found(
            "From a crime drama to the end of Quillon Vale, here is everything arriving on "
            "Orbiflix in the UK in April 2026."
        )
        == set()
    )


def test_a_time_the_list_gives_the_work_is_still_its_window() -> None:
    assert ("window", "2026-01/2026-04", False) in _found(
        "Orbiflix published its list of what's coming in 2026, and the Quillon Vale film is on "
        "it, listed for “early 2026”."
    )
