"""A release told as done ("became available on Friday", "was made available ... on Friday")
in a story dated that weekday is that day, or one just gone; never the Friday after. Invented
text."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import served_releases

_TITLE = "Lanternfall is out now on the streamer"


def _dates(*paragraphs: str, date: str = "2027-02-05") -> set[str]:
    assert dt.date.fromisoformat(date).weekday() == 4  # a Friday
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_a_film_that_became_available_on_the_datelines_weekday_is_that_day() -> None:
    dates = _dates(
        "Lanternfall, the closing film of the Marlow Bay saga, has been released on Netflix.",
        "The film, which became available around the world at 9am on Friday, sees Pell Arden "
        "return as Tamsin Reed.",
    )
    assert "2027-02-12" not in dates
    assert dates <= {"2027-02-05"}


def test_a_film_made_available_on_an_earlier_weekday_is_the_one_just_gone() -> None:
    dates = _dates(
        "Lanternfall was made available to subscribers on Tuesday, and has topped the chart.",
    )
    assert "2027-02-09" not in dates
    assert dates <= {"2027-02-02"}


def test_every_episode_that_became_available_on_friday_is_that_day() -> None:
    dates = _dates("Every episode of Lanternfall became available on Netflix on Friday.")
    assert "2027-02-12" not in dates
    assert dates <= {"2027-02-05"}


def test_a_film_that_becomes_available_on_friday_is_still_to_come() -> None:
    served = served_releases(
        "Lanternfall becomes available to stream on Netflix on Friday, the platform said.",
        date="2027-02-03",
        title=_TITLE,
    )
    dates = {str(r.date) for r in served if r.kind.value == "premiere_date"}
    assert "2027-01-29" not in dates
