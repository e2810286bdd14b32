"""An actor noun glued to a bracketed pair's first name ("Newcomers Ada Vale (Mira Holt)") is
no word of the name. Invented text (none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_newcomers_before_a_list_of_bracketed_pairs() -> None:
    found = facts(
        "The premiere drew a huge crowd. Bea Lund told reporters it was her first red carpet.",
        "Newcomers Tomas Reede (Ansel Pike) and Bea Lund (Mira Holt) have arrived together.",
    )
    assert served_pairs(found) == {("Tomas Reede", "Ansel Pike"), ("Bea Lund", "Mira Holt")}


def test_stars_before_a_list_of_bracketed_pairs() -> None:
    found = facts(
        "Fans queued from dawn. Ines Quarrie waved to the crowd before going in.",
        "Stars Ines Quarrie (Silas Fenn) and Jory Haldane (Wren Alcott) posed for photos.",
    )
    assert served_pairs(found) == {("Ines Quarrie", "Silas Fenn"), ("Jory Haldane", "Wren Alcott")}
