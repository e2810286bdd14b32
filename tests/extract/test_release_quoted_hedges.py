"""A hedge the makers said in quotation marks inside the reporter's sentence ("would “most
likely” arrive in 2027"): the quoted words are masked for the rules, but the window is still
hedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _windows(text: str) -> list[tuple[str | None, bool]]:
    found = served_releases("Filming has wrapped on Marsh Lantern.", text, date="2025-10-02")
    return [(r.window, r.hedged) for r in found if r.kind.value == "window"]


def test_a_hedge_in_quotation_marks_before_the_window_hedges_it() -> None:
    for text, window in (
        ("Producer Dana Whitcombe said the film would “most likely” arrive in 2026.", "2026"),
        ("The studio’s Ravi Kettering said it “could well” land in spring 2026.", None),
        ("Its director, Ilse Haverkamp, said the series was “probably” coming next year.", "2026"),
    ):
        windows = _windows(text)
        assert windows, text
        assert all(hedged for _, hedged in windows), text
        if window is not None:
            assert (window, True) in windows, text


def test_a_quotation_with_no_hedge_leaves_the_window_firm() -> None:
    text = "Producer Dana Whitcombe said the film would “definitely” arrive in 2026."
    assert _windows(text) == [("2026", False)]


def test_a_hedge_quoted_in_another_clause_does_not_reach_the_window() -> None:
    text = "Critics called the ending “possibly” too neat; the film arrives in 2026."
    assert _windows(text) == [("2026", False)]
