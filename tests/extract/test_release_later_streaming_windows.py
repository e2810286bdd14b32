"""A window told as a later streaming or home window, after the film's cinema opening day, is not
its release window: "with a streaming window on a service expected in 2027" is held."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_later_streaming_window_after_a_cinema_opening_is_held() -> None:
    found = release_kinds(
        "Copper Bay opens in UK cinemas on 9 October.",
        "Its cinema run follows a festival bow, with a streaming window on Lumen+ expected in "
        "2027.",
        date="2026-09-15",
        title="Shooting Copper Bay: the cinematographer's story",
    )
    assert ("premiere_date", "2026-10-09", False) in found
    assert not any(d == "2027" for _, d, _ in found)


def test_a_streaming_debut_with_no_earlier_opening_is_still_served() -> None:
    found = release_kinds(
        "Copper Bay will make its streaming debut on Lumen+ in March 2027.",
        date="2026-09-15",
        title="Copper Bay: what we know",
    )
    assert ("window", "2027-03", False) in found


def test_a_territory_window_before_a_streaming_debut_is_still_served() -> None:
    found = release_kinds(
        "Lumen will open Copper Bay in UK cinemas on 9 October, followed by a North American "
        "theatrical release in November, with a streaming debut on Lumen+ to follow.",
        date="2026-09-15",
        title="Copper Bay: Lumen sets its dates",
    )
    assert ("window", "2026-11", False) in found
