"""A season a clause of the plot defines ("returns home the summer his brother vanishes") is the
story's time, no release window; "in the summer" told of the release still reads. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[str]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {r.window or "" for r in found.release if r.served and r.kind.value == "window"}


def test_a_season_the_plot_defines_is_no_window() -> None:
    lede = (
        "Tarnwick Hollow follows Ivo, an 18-year-old fisherman who returns to his family’s "
        "failing pub in Portree the summer his brother vanishes."
    )
    assert _windows(lede) == set()


def test_a_release_season_still_reads() -> None:
    lede = "Tarnwick Hollow lands on the channel in the summer, the broadcaster said."
    assert _windows(lede) == {"2026-06/2026-08"}
