"""Cast facts told with "is" and a kin word that a describing word comes before (invented names
and titles throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_described_kin_word_still_names_the_part_after_it() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Saoirse Pellory plays Nuala Drusk, a biologist. Tamsel Ashmantle is her estranged"
        " father, Wenlith.",
    )
    assert ("Tamsel Ashmantle", "Wenlith") in served_pairs(found)


def test_a_described_kin_word_off_screen_is_the_actors_own_kin() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Saoirse Pellory plays Nuala Drusk. Off screen, Tamsel Ashmantle is her real-life"
        " father, Wenlith.",
    )
    assert ("Tamsel Ashmantle", "Wenlith") not in served_pairs(found)
