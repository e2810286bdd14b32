"""A quoted time the speaker says was passed on to them ("“next year, I'm told”") is hearsay,
so hedged; the same time said with certainty is not. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {
        (r.window or "", r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_a_time_passed_on_is_hedged() -> None:
    lede = (
        "The streamer has not named a day, and Mara Quell said Tarnwick Hollow would land "
        "“sometime next year, I'm told”."
    )
    assert _windows(lede) == {("2027", True)}


def test_a_time_said_for_sure_is_not() -> None:
    lede = (
        "The streamer has not named a day, and Mara Quell said Tarnwick Hollow would land "
        "“sometime next year, for sure”."
    )
    assert _windows(lede) == {("2027", False)}
