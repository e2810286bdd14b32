"""A guide's "from Friday" is the page's week's Friday while that is still to come; a page
past it says nothing sure (the day before, or a week on); a time after the weekday keeps it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds


def _guide(where: str, date: str, title: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "The best new shows",
        "Copper Bay",
        where,
        "Ada Quell is superb as the lighthouse keeper.",
        "THE TIN LID ★★★",
        "Channel 4, Sunday 7 June, 9pm",
        "A chilly thriller.",
        date=date,
        title=title,
    )


@pytest.mark.parametrize(
    ("date", "title", "late"),
    [
        ("2026-06-06", "The best TV to stream this weekend: Copper Bay and more", "2026-06-12"),
        ("2026-06-13", "What we watched last week: Copper Bay and more", "2026-06-19"),
    ],
)
def test_a_weekday_past_the_page_date_is_no_day(date: str, title: str, late: str) -> None:
    found = _guide("Netflix, from Friday", date, title)
    assert ("premiere_date", late, False) not in found


@pytest.mark.parametrize("where", ["BBC One, from Friday 9pm", "Netflix, from Friday at 9pm"])
def test_a_weekday_with_a_time_is_still_the_weeks_day(where: str) -> None:
    found = _guide(where, "2026-06-01", "What to watch this week: Copper Bay and more")
    assert ("premiere_date", "2026-06-05", False) in found
