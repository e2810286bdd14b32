"""A past shoot told from a first day to a last month ("ran from 3 June to August") began on
that day and wrapped in that month; a span still ahead is no past shoot, and spans of two days
or two months read as before. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str, date: str = "2025-11-20") -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date=date)  # fmt: skip


def test_a_span_from_a_day_to_a_month() -> None:
    assert _days("Filming ran from 3 June to August 2025.") == {
        ("filming_started", "2025-06-03"),
        ("filming_wrapped", "2025-08"),
    }
    assert _days("The drama, written by Nell Ash, shot between 9 March and May last year.") == {
        ("filming_started", "2024-03-09"),
        ("filming_wrapped", "2024-05"),
    }


def test_a_span_still_ahead_or_of_two_days_or_months() -> None:
    assert _days("Filming ran from 3 June to December 2025.") == set()
    assert not _days("Filming is set to run from 3 December to February.")
    assert _days("Filming ran from 3 June to 8 August 2025.") == {
        ("filming_started", "2025-06-03"),
        ("filming_wrapped", "2025-08-08"),
    }
    assert _days("Filming ran from June to August 2025.") == {
        ("filming_started", "2025-06"),
        ("filming_wrapped", "2025-08"),
    }
