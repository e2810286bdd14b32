"""Another work's maker told after its title set off by a work's noun: "award winner T, from
director X", "the festival's opening film, T, directed by X" (a festival report's other titles,
invented sentences): X made that work, not ours; our own title told the same way keeps its
maker."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_an_award_winner_from_director_is_another_works() -> None:
    found = served_crew(
        "Copper Bay closed the Harbourside festival on Sunday.",
        "Copper Bay is directed by Ines Halloran.",
        "Jury prize winner The Long Field, from director Teodor Basch, follows two brothers on a"
        " farm.",
        title="Copper Bay closes Harbourside",
    )
    assert ("director", "Teodor Basch") not in found
    assert ("director", "Ines Halloran") in found


def test_a_set_off_opening_film_directed_by_is_another_works() -> None:
    found = served_crew(
        "Copper Bay closed the Harbourside festival on Sunday.",
        "Earlier the festival’s opening film, Tin Boys, directed by Teodor Basch and starring"
        " Ana Ruiz, screened again.",
        title="Copper Bay closes Harbourside",
    )
    assert ("director", "Teodor Basch") not in found


def test_our_title_from_director_keeps_its_maker() -> None:
    found = served_crew(
        "Ana Ruiz will star in Copper Bay, a coastal drama from director Ines Halloran.",
        title="Ana Ruiz to star in ‘Copper Bay’",
    )
    assert ("director", "Ines Halloran") in found
