"""A time someone claimed or theorised the film would come is hedged, on invented text: "a fan
thread claimed the film would land in June", "one account speculated that it will arrive in the
spring". The time is served as a guess, never as the makers' plan."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Glass Orchard first look: the reactions"


def _windows(*paragraphs: str) -> set[tuple[str, bool]]:
    served = served_releases(*paragraphs, date="2026-02-10", title=_TITLE)
    return {(str(r.window), r.hedged) for r in served if r.kind.value == "window"}


def test_a_thread_that_claimed_a_month_is_hedged() -> None:
    windows = _windows(
        "A popular thread claimed the film would land in June, citing last year's schedule.",
        "Glass Orchard is coming in 2026.",
    )
    assert ("2026-06", False) not in windows


def test_an_account_that_speculated_a_season_is_hedged() -> None:
    windows = _windows(
        "One fan account speculated that Glass Orchard will arrive in September.",
    )
    assert ("2026-09", False) not in windows


def test_a_plain_plan_stays_unhedged() -> None:
    windows = _windows("Glass Orchard will arrive on Netflix in September, the streamer said.")
    assert ("2026-09", False) in windows
