"""A release told by the screens that get the film, or by a poster's tagline, on invented text:
"US theaters get Marsh Hollow on 4 September", "In UK & Irish cinemas 4 September". A film's
trailer that cinemas get, or a line that only names a past release, is no release date."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import served_releases

_TITLE = "Marsh Hollow: the latest"


def _dates(*paragraphs: str, date: str = "2026-08-02") -> set[tuple[str, dt.date | None]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, r.date) for r in served}


def test_theaters_that_get_the_film_on_a_day_release_it_then() -> None:
    dates = _dates("US theaters get Marsh Hollow on 4 September, via Lantern Pictures.")
    assert ("premiere_date", dt.date(2026, 9, 4)) in dates


def test_cinemas_that_get_it_next_month_on_a_weekday_release_it_then() -> None:
    dates = _dates("Irish cinemas get it next month, on Friday the 4th, the distributor says.")
    assert ("premiere_date", dt.date(2026, 9, 4)) in dates


def test_a_tagline_in_cinemas_with_a_day_is_the_release() -> None:
    dates = _dates("Marsh Hollow has a new poster.", "In UK & Irish cinemas 4 September.")
    assert ("premiere_date", dt.date(2026, 9, 4)) in dates


def test_a_tagline_in_theaters_with_a_month_first_day_is_the_release() -> None:
    dates = _dates("The distributor shared the final artwork.", "In theaters September 4.")
    assert ("premiere_date", dt.date(2026, 9, 4)) in dates


def test_a_trailer_that_cinemas_get_is_no_release() -> None:
    dates = _dates("Cinemas get the film's trailer on Friday 7 August.")
    assert not {d for d in dates if d[0] == "premiere_date"}


def test_a_lowercase_in_cinemas_after_a_past_verb_is_no_tagline() -> None:
    dates = _dates("The first film was in UK cinemas 23 July 2019.")
    assert not {d for d in dates if d[0] == "premiere_date"}
