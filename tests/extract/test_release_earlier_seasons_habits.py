"""What earlier seasons or films each did ("each arrived in the spring", "have all landed in the
summer", "traditionally arrived in the autumn") is a habit told about other works, not a window
for the article's production."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2025-07-08")
    return [r.window for r in found.release if r.kind.value == "window"]


def test_earlier_seasons_habit_is_not_a_window() -> None:
    for sentence in (
        "The show's three seasons, which landed in 2022, 2023 and 2024, each arrived in the "
        "spring or early autumn, but no window has been given for the film.",
        "Previous seasons have all landed in the summer.",
        "The earlier films both arrived in the autumn.",
        "The earlier instalments traditionally premiered in the spring.",
    ):
        assert _windows(sentence) == [], sentence


def test_a_plain_window_is_still_read() -> None:
    assert _windows("The film will arrive next spring.") == ["2026-03/2026-05"]


def test_our_own_dated_or_future_release_told_with_both_or_each_is_still_read() -> None:
    lede = "Tidewater, the two-part Channel 4 thriller, has set its dates."
    for sentence in (
        "The two parts, both released in April 2026, will close the saga.",
        "Parts one and two have both landed in April 2026 on the channel.",
        "Both halves, each shot on the coast, are typically released in April 2026.",
    ):
        assert _windows(lede, sentence) == ["2026-04"], sentence
