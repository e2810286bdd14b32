"""A shoot's month written without a year after a day written with one, in the same sentence,
takes that day's year (or the next, when the month comes earlier): the article's own date does
not choose it. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Rhiannon Gwinnell talks to us about Reedmere, the debut she shot in the Fens."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2026-03-20", title="Reedmere: Gwinnell at home")


def test_a_wrap_month_takes_the_dated_start_year() -> None:
    assert ("filming_wrapped", "2025-02", False) in _kinds(
        "The Reedbed shoot began on 6 January 2025 near Ely and wrapped in mid-February."
    )
    assert ("filming_wrapped", "2024-05", False) in _kinds(
        "Reedmere started filming on March 3, 2024, and finished in late May."
    )


def test_a_wrap_month_after_a_late_start_day_takes_the_next_year() -> None:
    assert ("filming_wrapped", "2025-01", False) in _kinds(
        "Cameras rolled on Reedmere on 4 November 2024 and filming wrapped in January."
    )


def test_a_wrap_month_alone_still_takes_the_article_year() -> None:
    assert ("filming_wrapped", "2026-02", False) in _kinds(
        "Filming on Reedmere wrapped in February."
    )
