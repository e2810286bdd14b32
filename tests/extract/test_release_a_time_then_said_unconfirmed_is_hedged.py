"""A release time the same sentence then calls unconfirmed ("out in March, but nothing is
official") is a hedged window; a sentence that confirms it ("and it is now official"), or calls
something else unconfirmed ("but the cast is not confirmed"), leaves the window plain. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2025-12-20")
    return {
        (str(r.window), r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_a_window_then_called_unconfirmed_is_hedged() -> None:
    for lede in (
        "Some readers insist Hollowmere will drop in March, but nothing is official.",
        "Hollowmere will land in March to match the novel, though none of it is official yet.",
        "Hollowmere will land in March, but it's not official.",
    ):
        assert _windows(lede) == {("2026-03", True)}, lede


def test_a_confirmed_window_stays_plain() -> None:
    for lede in (
        "Hollowmere will land in March, and it is now official.",
        "Hollowmere will land in March, but the cast is not confirmed.",
        "Hollowmere will land in March, but nothing is official about the cast.",
    ):
        assert _windows(lede) == {("2026-03", False)}, lede
