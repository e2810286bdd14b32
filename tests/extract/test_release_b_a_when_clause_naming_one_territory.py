"""A no-date sentence whose "when" clause names a place ("has not said when the series will air in
Canada"): only that territory's date is missing, so "no date" for the work is held. A "when"
clause with no place, or with a month, still tells no date. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Channel 5 has set a start date for Weir Cottage, its new coastal comedy."


def _unannounced(*paragraphs: str) -> bool:
    found = facts(_LEDE, *paragraphs, date="2026-09-02", title="Weir Cottage gets a date")
    return any(r.served and r.kind.value == "not_announced" for r in found.release)


def test_a_when_clause_naming_a_place_is_that_places_gap() -> None:
    assert not _unannounced(
        "Weir Cottage is made with a Canadian partner, which has not confirmed when the show "
        "will stream in Canada.",
    )


def test_a_when_clause_with_no_place_still_tells_no_date() -> None:
    assert _unannounced("Channel 5 has not yet confirmed when the show will air.")
