"""A fan convention named as a sentence's subject ("HarbourCon returns to Leeds in May") dates
the convention, not the film; the film's own month in the same article still reads. Invented
text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Gorse Hollow cast pack out HarbourCon"


def test_a_named_convention_returning_in_a_month_is_no_window() -> None:
    days = served_days(
        "The Gorse Hollow panel at HarbourCon drew a queue round the block on Saturday.",
        "HarbourCon returns to Leeds in November.",
        title=_TITLE,
        date="2027-05-10",
    )
    assert not any(kind == "window" for kind, _ in days)


def test_a_convention_named_in_two_words_returning_is_no_window() -> None:
    days = served_days(
        "The Gorse Hollow cast signed posters at Fenwick Expo on Saturday.",
        "Fenwick Expo returns in October with a bigger hall.",
        title=_TITLE,
        date="2027-05-10",
    )
    assert not any(kind == "window" for kind, _ in days)


def test_the_films_own_month_still_reads() -> None:
    days = served_days(
        "The Gorse Hollow panel at HarbourCon drew a queue round the block on Saturday.",
        "Gorse Hollow arrives on Lumen in November.",
        title=_TITLE,
        date="2027-05-10",
    )
    assert ("window", "2027-11") in days
