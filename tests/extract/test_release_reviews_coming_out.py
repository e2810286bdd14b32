"""Reviews or their embargo coming out on a day ("Reviews drop at 9pm tonight") tell the
critics' time, not the film's release; the film's own verb beside them still dates it."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_the_reviews_day_is_no_release() -> None:
    for sentence in (
        "Reviews drop at 21:00 tonight, and Copper Bay is on Netflix from Friday.",
        "The review embargo lifts tomorrow, and Copper Bay lands on Netflix on Friday.",
    ):
        found = served_days(sentence, title="Copper Bay premiere live", date="2026-05-12")
        assert found == {("premiere_date", "2026-05-15")}, (sentence, found)


def test_the_film_dropping_tonight_is_still_its_release() -> None:
    found = served_days(
        "Copper Bay drops on Netflix tonight, and early reviews call it a triumph.",
        title="Copper Bay premiere live",
        date="2026-05-12",
    )
    assert ("premiere_date", "2026-05-12") in found
