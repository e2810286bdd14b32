"""A time only reports or rumours gave, denied in the same sentence ("reports that the show
could be pushed to the spring; the network denied them"), is no window."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Ines Marr shot Tidewater, the coastal drama that opened this weekend."


def _windows(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2026-02-16")
    return [r.window for r in found.release if r.kind.value == "window"]


def test_a_reported_time_then_denied_is_no_window() -> None:
    for sentence in (
        "Last year, claims that the release was sliding to the spring were rebuffed by the "
        "network.",
        "Word went round in May of reports that the show could be pushed to the spring; the "
        "network denied them within the hour.",
        "Rumours last year that the film would move to the spring were dismissed by Lumen.",
        "Claims that it could be pushed back to the spring were quickly shot down by Lumen.",
    ):
        assert _windows(_LEDE, sentence) == [], sentence


def test_a_reported_time_left_standing_is_still_read() -> None:
    sentence = "There were reports last year that the release might slip to the spring."
    assert _windows(_LEDE, sentence) == ["2026-03/2026-05"]
