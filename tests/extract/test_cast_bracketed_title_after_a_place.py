"""A work's subject told with its place, then the work's title in brackets: "films about a
teenager in Lisbon (Tallow Hill)", "set in Harrow (Tallow)". The name before the bracket is a
place, the bracket a title: no casting. A person found "in" someone ("an ally in X (Part)")
is still an actor and part. Invented text."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize(
    "line",
    [
        "Ostend has made films about a fisherman in Port Elvan (Saltmarrow), a student in "
        "New Orleans (Grey Weir) and a nurse (Copper Sky).",
        "Ostend has made films about a Cornish fisherman from Port Elvan (Saltmarrow) and a nurse "
        "(Copper Sky).",
        "Her shorts follow a nurse at Port Elvan (Saltmarrow) and a welder (Copper Sky).",
        "Her second feature told the story of a young widow of Port Elvan (Saltmarrow).",
    ],
)
def test_a_place_then_a_bracketed_title_is_no_casting(line: str) -> None:
    found = facts("Pilar Ostend talks about her new film.", line)
    assert not any(actor in {"Port Elvan", "New Orleans"} for actor, _ in pairs(found)), line


def test_a_story_set_in_a_city_with_its_title_bracketed() -> None:
    found = facts(
        "Pilar Ostend talks about her new film.",
        "Her debut was set in East Harrow (Tallow), and her second in a care home.",
    )
    assert not any(actor == "East Harrow" for actor, _ in pairs(found))


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Mira finds an unlikely ally in Kai Lund (Nell).", ("Kai Lund", "Nell")),
        (
            "The cast of Copper Bay takes in Ada Vale (Mira) and Tom Reyes (Gus).",
            ("Ada Vale", "Mira"),
        ),
        ("Gus meets his match in Tom Reyes (Brann) in the second episode.", ("Tom Reyes", "Brann")),
    ],
)
def test_a_person_found_in_someone_still_casts(line: str, pair: tuple[str, str]) -> None:
    found = facts("Copper Bay begins filming in May.", line)
    assert pair in pairs(found), line


def test_a_cast_list_in_brackets_still_reads() -> None:
    found = facts(
        "Copper Bay begins filming in May.",
        "The cast includes Ada Vale (Mira), Tom Reyes (Gus) and Kai Lund (Nell).",
    )
    assert ("Ada Vale", "Mira") in pairs(found)
