"""A part told in a "playing" aside after the sentence's opening name; a name further in (an
object) is not the one playing. Invented text (none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_playing_aside_after_the_opening_name() -> None:
    found = facts("And Orla Pennick, playing Sam's landlady Mrs Dorran, steals every scene.")
    assert pairs(found) == {("Orla Pennick", "Mrs Dorran")}


def test_playing_aside_with_a_described_part() -> None:
    found = facts("Jem Rooke, playing the harbour master Silas Fenn, is quietly devastating.")
    assert pairs(found) == {("Jem Rooke", "Silas Fenn")}


def test_playing_aside_after_an_object_names_no_actor() -> None:
    found = facts(
        "Last spring she was at the Lyric in a revival directed by Anselm Drake, playing Hedda "
        "opposite Tobiah Marr."
    )
    assert ("Anselm Drake", "Hedda") not in pairs(found)
