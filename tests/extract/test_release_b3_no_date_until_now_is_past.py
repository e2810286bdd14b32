"""A film that "had until now carried no date" has just been given one: the "no date" is a state
the sentence has left behind, not news that the date is unknown. A plain "has no release date
yet" still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEAD = "Copper Bay is the new feature from Harbour Pictures."
_NONE = ("not_announced", "", False)


def test_no_date_until_now_is_no_longer_unknown() -> None:
    found = release_kinds(_LEAD, "The feature had until now carried no release date.")
    assert _NONE not in found


def test_no_date_up_to_now_is_no_longer_unknown() -> None:
    found = release_kinds(_LEAD, "The drama had up to now had no date beyond a loose 2026.")
    assert _NONE not in found


def test_no_date_yet_is_still_unknown() -> None:
    found = release_kinds(_LEAD, "The feature has no release date yet.")
    assert _NONE in found


def test_no_date_in_the_plain_past_is_still_unknown() -> None:
    found = release_kinds(_LEAD, "Harbour had no release date yet, a spokesperson said.")
    assert _NONE in found
