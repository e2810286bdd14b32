"""A time fans claimed or theorised the film would come is hedged, on invented text: "a viral
video claimed the film would arrive in June", "one fan account speculated that it will arrive in the
spring". The time is served as a guess, never as the makers' plan; the makers' own claim of a
time is their plan, unhedged."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_releases

_TITLE = "Pale Lantern first look: the reactions"


def _windows(*paragraphs: str) -> set[tuple[str, bool]]:
    served = served_releases(*paragraphs, date="2026-02-10", title=_TITLE)
    return {(str(r.window), r.hedged) for r in served if r.kind.value == "window"}


@pytest.mark.parametrize(
    "line",
    [
        "A viral TikTok video claimed the film would arrive in June.",
        "Fans on one subreddit claimed Pale Lantern would be out in June.",
        "A screenshot from @palefan claimed Pale Lantern would land in June.",
    ],
)
def test_a_fan_claim_of_a_month_is_hedged(line: str) -> None:
    windows = _windows(line, "Pale Lantern is coming in 2026.")
    assert ("2026-06", True) in windows
    assert ("2026-06", False) not in windows


def test_an_account_that_speculated_a_season_is_hedged() -> None:
    windows = _windows("One fan account speculated that Pale Lantern will arrive in September.")
    assert ("2026-09", False) not in windows


def test_the_makers_own_claim_stays_unhedged() -> None:
    windows = _windows("Netflix claimed Pale Lantern will arrive in June, after months of silence.")
    assert ("2026-06", False) in windows


def test_a_plain_plan_stays_unhedged() -> None:
    windows = _windows("Pale Lantern will arrive on Netflix in September, the streamer said.")
    assert ("2026-09", False) in windows
