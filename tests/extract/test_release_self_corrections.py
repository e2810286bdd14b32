"""A producer who gives a window and corrects himself in the same sentence: the corrected window
stands, the one taken back nowhere (invented text)."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2026-06-08", title="Pollenmere: notes from the set")
    return [r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served]


def test_the_window_corrected_to_replaces_the_one_taken_back() -> None:
    windows = _windows(
        "The period drama Pollenmere has been shooting in Cumbria since 11 May.",
        "Producer Orrin Vash said Pollenmere should reach cinemas in early 2027 — then "
        "corrected himself: “Sorry, early 2028. Dates run away from me.”",
    )
    assert "2027-01/2027-04" not in windows
    assert windows == ["2028-01/2028-04"]


def test_a_correction_naming_no_window_drops_the_window() -> None:
    windows = _windows(
        "The period drama Pollenmere has been shooting in Cumbria since 11 May.",
        "Producer Orrin Vash said Pollenmere should reach cinemas in early 2027, then "
        "corrected himself: “Sorry, I shouldn’t give a date.”",
    )
    assert windows == []
