"""A production's unit arriving on location, or guests arriving at a venue: no release day."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Gull Point: cameras roll in Tenby"


def test_a_crew_or_guests_arriving_is_not_a_release() -> None:
    for sentence in (
        "The production arrived on Tuesday, with a catering truck parked on the quay.",
        "The film crew arrived on Tuesday, with trucks lining the harbour wall.",
        "Rhian Price and Owen Tudor arrive hand in hand at the Castle Cinema on Tuesday 3 March.",
    ):
        found = release_kinds(sentence, date="2026-03-05", title=_TITLE)
        assert not any(kind == "premiere_date" for kind, _, _ in found), sentence


def test_the_work_arriving_on_a_service_keeps_its_day() -> None:
    found = release_kinds(
        "Gull Point arrives on BBC iPlayer on Tuesday 7 April.", date="2026-03-05", title=_TITLE
    )
    assert ("premiere_date", "2026-04-07", False) in found
