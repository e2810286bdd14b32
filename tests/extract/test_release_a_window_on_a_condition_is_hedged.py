"""A window the speaker makes hang on a condition after a comma ("spring next year, if the
weather holds"; "..., all being well") is a hope, so served hedged; a condition that is the
reader's own case ("if you live in Leeds") hedges nothing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _windows(text: str) -> list[tuple[str | None, bool]]:
    found = served_releases("Filming has wrapped on Tarn Weavers.", text, date="2025-10-02")
    return [(r.window, r.hedged) for r in found if r.kind.value == "window"]


def test_a_quoted_window_with_a_condition_after_it_is_hedged() -> None:
    for text in (
        "Showrunner Petra Vallance said the drama will go out in “autumn 2026, if the edit "
        "holds up”.",
        "Producer Milo Ashgrove said the series would be out in “autumn 2026, all being well”.",
    ):
        windows = _windows(text)
        assert windows, text
        assert all(hedged for _, hedged in windows), text


def test_a_plain_window_with_a_condition_after_it_is_hedged() -> None:
    text = "The drama will go out in autumn 2026, weather permitting, on Channel 4."
    windows = _windows(text)
    assert windows
    assert all(hedged for _, hedged in windows)


def test_a_readers_own_condition_leaves_the_window_firm() -> None:
    text = "The drama will go out in autumn 2026, if you subscribe to Channel 4."
    assert _windows(text) == [("2026-09/2026-11", False)]
