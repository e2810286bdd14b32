"""A window a channel is "expecting to" show the series in is its hope, hedged, like one it is
"expected to" show it in. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Tarnholm finds a new lead"
_LEDE = "The Channel 4 drama Tarnholm has recast its lead."


def test_a_window_the_channel_is_expecting_to_show_it_in_is_hedged() -> None:
    found = release_dates(
        _LEDE,
        "Filming on series two begins in Hull in September, with Channel 4 expecting to "
        "broadcast it in spring 2027.",
        date="2026-06-10",
        title=_TITLE,
    )
    assert ("window", "2027-03/2027-05", True) in found
    assert ("window", "2027-03/2027-05", False) not in found


def test_a_window_the_channel_will_show_it_in_is_not_hedged() -> None:
    assert release_dates(
        _LEDE, "Channel 4 will broadcast it in spring 2027.", date="2026-06-10", title=_TITLE
    ) == {("window", "2027-03/2027-05", False)}
