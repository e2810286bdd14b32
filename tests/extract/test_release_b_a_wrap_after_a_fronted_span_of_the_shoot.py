"""The work wrapping in a relative week or month after a fronted span of its shoot ("After six
weeks of filming in Kent, Copper Bay wrapped last week") is its wrap; a fronted clause of
anything else before another work does not make it ours. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str) -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date="2025-09-24")  # fmt: skip


def test_a_wrap_after_a_fronted_span_of_filming() -> None:
    text = "After six weeks of shooting around Whitby, Copper Bay wrapped this week, as planned."
    assert ("filming_wrapped", "2025-09") in _days(text)


def test_another_work_after_a_fronted_span_is_not_ours() -> None:
    text = "After six weeks of filming in Leeds, Salt Wives wrapped this week, its crew said."
    assert ("filming_wrapped", "2025-09") not in _days(text)
