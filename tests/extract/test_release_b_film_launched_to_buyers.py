"""A film launched to buyers or distributors at a market, with a month, is a sale, not a release
window; the film launching on a platform in a month still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-10-02")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_launch_to_buyers_is_no_window() -> None:
    assert (
        _windows(
            "Orla Quinlan will direct Fernhollow, a coastal thriller for Tidemark Pictures.",
            "Its sales company is launching the film to buyers at the Berlin market in February.",
        )
        == set()
    )


def test_a_launch_on_a_platform_is_a_window() -> None:
    assert _windows(
        "Orla Quinlan will direct Fernhollow, a coastal thriller for Tidemark Pictures.",
        "The streamer is launching the film on its service in February.",
    ) == {"2027-02"}
