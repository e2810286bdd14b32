"""A release time the speaker takes back in a quotation after it ("..., adding: “Don't hold me
to that”") is their guess, so hedged; a plain quotation after it leaves the time as told.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {
        (r.window or "", r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_a_time_taken_back_is_hedged() -> None:
    lede = (
        "Tarnwick Hollow will stream in 2027, the director said, before adding: “Don’t hold "
        "me to that, we have a lot of effects to finish.”"
    )
    assert _windows(lede) == {("2027", True)}


def test_a_plain_quotation_after_it_is_not() -> None:
    lede = (
        "Tarnwick Hollow will stream in 2027, the director said, before adding: “The effects "
        "are nearly done.”"
    )
    assert _windows(lede) == {("2027", False)}
