"""A "That's a guess." after a sentence that tells a time plainly, then a fan's guess with a
time of its own, calls the fan's time a guess, not the plain one; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[tuple[str | None, bool]]:
    found = facts(*paragraphs, date="2026-05-06", title="Gullmoor: when is series two out?")
    return {(r.window, r.hedged) for r in found.release if r.kind is ReleaseKind.WINDOW}


def test_the_plain_year_before_a_fans_guess_stays_plain() -> None:
    windows = _windows(
        "Channel 4 has confirmed Gullmoor series two will air in 2027, and one regular on our"
        " forum thinks that points to March. That's a guess, mind."
    )
    assert ("2027", False) in windows
    assert ("2027", True) not in windows


def test_a_time_the_guess_line_follows_alone_is_hedged() -> None:
    windows = _windows("Gullmoor series two will air in 2027. That's only our guess.")
    assert ("2027", True) in windows
