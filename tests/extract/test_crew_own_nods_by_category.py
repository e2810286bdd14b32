"""The work's own remaining nominations told by category credit each nominee."""

from tests.extract.helpers import served_crew


def test_remaining_nominations_came_in_categories() -> None:
    found = served_crew(
        "Harrow Light picked up five Bafta nominations this morning.",
        "The film’s remaining nominations came in cinematography, for Oskar Lindahl, and "
        "editing, for Priya Castellan.",
    )
    assert ("cinematographer", "Oskar Lindahl") in found
    assert ("editor", "Priya Castellan") in found


def test_its_other_nods_were_for_original_score() -> None:
    found = served_crew(
        "Harrow Light picked up five Bafta nominations this morning.",
        "Its other nods were for original score, for Tomas Berglund, and casting.",
    )
    assert ("composer", "Tomas Berglund") in found
