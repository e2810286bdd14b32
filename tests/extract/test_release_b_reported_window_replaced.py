"""A window only reports gave ("Industry reports last year suggested it could air in June")
is held when the article's own firm day falls outside it; a window the day falls inside, or a
window with no firm day beside it, stays. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-03", title="Gorse Hill gets its date")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_reported_window_the_firm_day_replaced_is_held() -> None:
    assert not _windows(
        "Industry reports last year suggested the drama could air in June 2026.",
        "ITV has now confirmed that Gorse Hill will premiere on Sunday 9 August 2026.",
    )


def test_a_reported_window_without_a_firm_day_stays() -> None:
    assert _windows(
        "Industry reports last year suggested the drama could air in June 2026.",
    ) == {"2026-06"}
