"""A "when" or a date said to be unknown for a trailer, a soundtrack, tickets or a tour named
right after it ("has not said when the teaser lands", "no date yet for the soundtrack album")
is no word on the release: no "not announced" is read. The release's own unknown date still is.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."
_NONE = ("not_announced", "", False)


def test_an_unknown_when_of_a_teaser_is_no_release_news() -> None:
    found = release_kinds(_LEAD, "Harbour has still not said when the first teaser will drop.")
    assert _NONE not in found


def test_an_unknown_when_of_tour_tickets_is_no_release_news() -> None:
    found = release_kinds(
        _LEAD, "The studio is yet to reveal when tickets for the cast tour go on sale."
    )
    assert _NONE not in found


def test_an_unknown_date_for_the_soundtrack_is_no_release_news() -> None:
    found = release_kinds(_LEAD, "There is no date yet for the soundtrack album either.")
    assert _NONE not in found


def test_an_unknown_when_of_the_film_is_still_news() -> None:
    found = release_kinds(_LEAD, "Harbour has still not said when the feature will reach cinemas.")
    assert _NONE in found


def test_an_unknown_release_date_beside_a_trailer_is_still_news() -> None:
    found = release_kinds(
        _LEAD, "There is no release date yet, and no date for the trailer either."
    )
    assert _NONE in found
