"""A claim the sentence then says nothing backs ("a tip saying it opens in May; we have nothing to
back that up"): the claimed time is not stated. A claim left standing keeps its hedged time.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Glass Bay arrives on Netflix on Friday, and the forum team has a few ground rules."


def _windows(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-03-10", title="Glass Bay release thread")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_claim_nothing_backs_gives_no_window() -> None:
    assert "2026-06" not in _windows(
        "Someone messaged us a tip saying the film would reach cinemas in June; there is no "
        "evidence for that, so please do not share it.",
    )


def test_a_claim_called_untrue_gives_no_window() -> None:
    assert "2026-06" not in _windows(
        "A poster claimed the film would reach cinemas in June - that is completely untrue.",
    )


def test_a_claim_left_standing_keeps_its_window() -> None:
    assert "2026-06" in _windows(
        "One reader sent us a tip saying the film would reach cinemas in June.",
    )
