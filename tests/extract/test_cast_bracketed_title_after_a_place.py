"""A work's subject told with its place, then the work's title in brackets: "films about a
teenager in Lisbon (Tallow Hill)". The name after "in" is a place, the bracket a title: no
casting. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_place_then_a_bracketed_title_is_no_casting() -> None:
    found = facts(
        "Pilar Ostend talks about her new film.",
        "Ostend has made films about a fisherman in Port Elvan (Saltmarrow), a student in "
        "New Orleans (Grey Weir) and a nurse (Copper Sky).",
    )
    assert not any(actor in {"Port Elvan", "New Orleans"} for actor, _ in pairs(found))


def test_a_story_set_in_a_city_with_its_title_bracketed() -> None:
    found = facts(
        "Pilar Ostend talks about her new film.",
        "Her debut was set in East Harrow (Tallow), and her second in a care home.",
    )
    assert not any(actor == "East Harrow" for actor, _ in pairs(found))


def test_a_cast_list_in_brackets_still_reads() -> None:
    found = facts(
        "Copper Bay begins filming in May.",
        "The cast includes Ada Vale (Mira), Tom Reyes (Gus) and Kai Lund (Nell).",
    )
    assert ("Ada Vale", "Mira") in pairs(found)
