"""A report the sentence says turned out wrong ("Early talk that it would stream in June turned
out to be off the mark", "Claims that it lands in May proved unfounded") gives no window: the
time is the report's. A report told without its knock-down still dates the work. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-02")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_talk_that_turned_out_off_the_mark_gives_no_window() -> None:
    windows = _served_windows(
        "The trailer for Quillon Bay, a BBC Two comedy set on a ferry, is out.",
        "Early talk that it would stream in June turned out to be off the mark.",
    )
    assert "2026-06" not in windows


def test_claims_that_proved_unfounded_give_no_window() -> None:
    windows = _served_windows(
        "The trailer for Quillon Bay, a BBC Two comedy set on a ferry, is out.",
        "Claims that Quillon Bay would arrive in June proved unfounded.",
    )
    assert "2026-06" not in windows


def test_a_month_told_plainly_still_stands() -> None:
    windows = _served_windows(
        "The trailer for Quillon Bay, a BBC Two comedy set on a ferry, is out.",
        "Quillon Bay arrives on BBC Two in June, the channel said.",
    )
    assert "2026-06" in windows
