"""A time told of a booking, ballot or ticket sale opening is the sale's, not the film's, on
invented text: "seats allocated by ballot, opening next Tuesday", "within an hour of booking
opening in March". A release verb of the film after the sale still dates the film."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Lantern Reach: a gala screening for fans"


def _days(*paragraphs: str) -> set[tuple[str, str]]:
    return served_days(*paragraphs, title=_TITLE, date="2027-05-04")


def test_a_ballot_opening_on_a_named_day_is_no_premiere() -> None:
    days = _days(
        "Corvane will show Lantern Reach at the Palace Rooms on 20 May.",
        "A handful of fan seats will be given out by ballot, opening next Thursday.",
    )
    assert not {d for d in days if d[0] in {"premiere_date", "window"} and d[1] != "2027-05-20"}


def test_booking_opening_in_a_month_is_no_window() -> None:
    days = _days(
        "Lantern Reach drew a crowd at its one-night gala on Saturday.",
        "The Harlow Street screen sold out within an hour of booking opening in March.",
    )
    assert not {d for d in days if d[0] == "window"}


def test_tickets_going_on_sale_on_a_date_is_no_premiere() -> None:
    days = _days("Tickets for the Lantern Reach gala go on sale on 12 May.")
    assert ("premiere_date", "2027-05-12") not in days


def test_the_films_own_release_after_the_sale_is_kept() -> None:
    days = _days("Tickets go on sale this week, and Lantern Reach opens in cinemas on 21 May.")
    assert ("premiere_date", "2027-05-21") in days
