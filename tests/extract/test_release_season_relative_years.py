"""A season with a year told relative to the article ("spring last year", "the autumn of next
year", "Summer Next Year") is that season's window in that year; "the spring of next year" is
never read as this year's spring and next year whole (invented sentences and names)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract.dates import WINDOW_RE, parse_window
from tests.extract.helpers import facts


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("it opened in spring last year", "2025-03/2025-05"),
        ("due in the autumn of last year", "2025-09/2025-11"),
        ("It lands Summer Next Year.", "2027-06/2027-08"),
        ("out in winter this year", "2026-12/2027-02"),
    ],
)
def test_a_seasons_relative_year_names_its_window(text: str, window: str) -> None:
    found = [parse_window(m, dt.date(2026, 5, 1)) for m in WINDOW_RE.finditer(text)]
    assert found == [window]


def test_a_relative_season_needs_a_date() -> None:
    match = WINDOW_RE.search("spring next year")
    assert match is not None
    assert parse_window(match, None) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Brackenmire, a new drama from Sky, lands in the spring of next year.",
        "The BBC says Brackenmire will arrive in the spring of next year at the earliest.",
        "Brackenmire returns for a second run in the spring of next year.",
    ],
)
def test_the_spring_of_next_year_is_one_window(sentence: str) -> None:
    found = facts(sentence, date="2026-05-01")
    assert [r.window for r in found.release] == ["2027-03/2027-05"]
