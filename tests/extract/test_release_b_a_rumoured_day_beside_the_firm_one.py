"""A premiere day told as a rumour ("a date first floated by one fan page") is held when the
article gives another day firmly: the rumour is not served beside the release day. Without a
firm day, the rumoured day is served only as hedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_FIRM = (
    "Harbour Pictures has confirmed that Copper Bay will be released in cinemas on Friday 13 "
    "November 2026, ending weeks of speculation."
)
_RUMOUR = (
    "Fan accounts had spent the summer insisting that the film would open on 16 October, a date "
    "first floated by a fan page that cited a friend at the studio."
)


def test_the_rumoured_day_is_held_beside_the_firm_one() -> None:
    found = release_kinds(_FIRM, _RUMOUR, date="2026-09-14", title=_TITLE)
    assert ("premiere_date", "2026-11-13", False) in found
    assert not any(value == "2026-10-16" for _, value, _ in found)


def test_a_rumoured_day_alone_is_served_only_as_hedged() -> None:
    found = release_kinds(_RUMOUR, date="2026-09-14", title=_TITLE)
    assert ("premiere_date", "2026-10-16", False) not in found
