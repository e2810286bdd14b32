"""An offset with a bound ("less than a day later", "within a week after") names no day, on
invented text: no premiere date is counted from it. A plain offset still is."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Lantern Reach fan screenings fill cinemas"


def _premieres(*paragraphs: str) -> set[str]:
    days = served_days(*paragraphs, title=_TITLE, date="2027-03-08")
    return {day for kind, day in days if kind == "premiere_date"}


def test_less_than_a_day_later_counts_no_date() -> None:
    premieres = _premieres(
        "A one-night fan event for Lantern Reach cracked the top ten on Thursday, even though the "
        "film was streaming on Corvane less than a day later.",
        "Lantern Reach, the Corvane film, played 300 sites.",
    )
    assert premieres <= {"2027-03-05"}


def test_within_a_week_after_counts_no_date() -> None:
    premieres = _premieres(
        "The Lantern Reach gala is on Friday, and the film lands on Corvane within a week after."
    )
    assert not premieres


def test_a_plain_offset_still_counts_the_date() -> None:
    premieres = _premieres(
        "Lantern Reach screens at the Palace Rooms on 10 March, and lands on Corvane two days "
        "later."
    )
    assert "2027-03-12" in premieres
