"""The shoot's last day told in the past by its month ("The final day of shooting, in June, was
a washout") is the wrap's month; the same day still to come is no wrap. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-10", title="Marram Point: the long goodbye")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"}


def test_the_last_day_told_past_is_the_wrap_month() -> None:
    assert _wraps("The final day of shooting, in June, was a washout, she laughs.") == {"2025-06"}
    assert _wraps("Our last day of filming came in November.") == {"2025-11"}


def test_the_last_day_still_to_come_is_no_wrap() -> None:
    assert not _wraps("The final day of shooting will be in June, she says.")
