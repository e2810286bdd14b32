"""A star who "hit the red carpet last night" went to an event, and "saying the title out loud"
is a manner of speaking: neither "hit" nor "out" is the film's release there, so no premiere day
or window is read. The film that "hits cinemas on Friday" and the one "out in June" still are.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_hitting_the_carpet_last_night_is_no_premiere_day() -> None:
    found = release_kinds(
        _LEAD, "Dara Quell had fans cheering as she hit the teal carpet in Soho last night."
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_hitting_the_headlines_is_no_premiere_day() -> None:
    found = release_kinds(_LEAD, "The shoot hit the headlines on Monday after a storm.")
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_hitting_cinemas_on_friday_is_still_the_release() -> None:
    found = release_kinds(_LEAD, "The film hits cinemas on Friday.", date="2025-10-14")
    assert ("premiere_date", "2025-10-17", False) in found


def test_a_title_said_out_loud_dates_nothing() -> None:
    found = release_kinds(
        _LEAD, "The crew never say the title out loud, though Harbour confirmed it in May."
    )
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_film_out_in_june_is_still_a_window() -> None:
    found = release_kinds(_LEAD, "The film will be out in June.", date="2025-10-14")
    assert ("window", "2026-06", False) in found
