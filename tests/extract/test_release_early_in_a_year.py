""" "Early in 2027" is the same window as "early 2027", not the whole year."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Tin Coracle: what we know"


def test_early_in_a_year_is_its_first_months() -> None:
    found = served_days('The broadcaster says Tin Coracle will air "early in 2027".', title=_TITLE)
    assert ("window", "2027-01/2027-04") in found
    assert ("window", "2027") not in found


def test_late_in_a_year_is_its_last_months() -> None:
    found = served_days("Tin Coracle is due on the streamer late in 2027.", title=_TITLE)
    assert ("window", "2027-09/2027-12") in found


def test_a_plain_year_stays_the_year() -> None:
    found = served_days("Tin Coracle is due on the streamer in 2027.", title=_TITLE)
    assert ("window", "2027") in found
