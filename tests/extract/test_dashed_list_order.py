"""Dashed cast lists of two full names: "Actor – Part" or "Part – Actor" is settled by an
honorific on one side or by what the article says of the names; a header naming the cast says
the list holds actors, not which side of the dash they stand on, so a list nothing else settles
is held."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import held_pairs as held
from tests.extract.helpers import served_pairs as served


def test_a_dashed_list_nothing_settles_is_held_not_guessed() -> None:
    found = facts(
        "Bramble Street is back for one more story, and the regulars are returning:",
        "Hollis Varga – Petra Lindqvist",
        "Wren Okafor – Osman Reyes",
        "Tamsin Hale – Ilse Marchetti",
    )
    assert served(found) == set()
    assert held(found) == {
        ("Hollis Varga", "Petra Lindqvist"),
        ("Wren Okafor", "Osman Reyes"),
        ("Tamsin Hale", "Ilse Marchetti"),
    }


def test_a_part_written_first_is_held_too() -> None:
    found = facts(
        "Everything confirmed about the Quarry Lane film so far.",
        "Who's coming back? The studio says the gang are all in:",
        "- Jonas Petrakis — Miriam Adeyemi-Cole",
        "- Edie Trask — Callum Adair",
    )
    assert served(found) == set()


def test_a_header_naming_the_cast_alone_leaves_the_list_held() -> None:
    found = facts(
        "Filming on Quarry Lane began on Monday.",
        "**Joining the cast:**",
        "• Petra Lindqvist – Hanne Vogt",
        "• Osman Reyes – Tomas Berg",
    )
    assert served(found) == set()
    assert held(found) == {("Petra Lindqvist", "Hanne Vogt"), ("Osman Reyes", "Tomas Berg")}


def test_a_header_with_a_note_and_a_speaking_actor_settles_it() -> None:
    found = facts(
        "Filming on Quarry Lane began on Monday.",
        '"It feels like coming home," said Maren Solvik.',
        "Confirmed cast (studio sources only):",
        "* Maren Solvik – Edie Trask",
        "* Callum Adair – Joss Penhallow",
    )
    assert served(found) == {("Maren Solvik", "Edie Trask"), ("Callum Adair", "Joss Penhallow")}


def test_an_honorific_settles_the_list_over_a_surname_used_as_a_word() -> None:
    found = facts(
        "Filming on Quarry Lane began on Monday, and the list so far is below.",
        "1. Petra Lindqvist – Hanne Winter",
        "2. Osman Reyes – Professor Vogt",
        "Fans spent the Winter holidays guessing who else would return.",
    )
    assert served(found) == {("Petra Lindqvist", "Hanne Winter"), ("Osman Reyes", "Professor Vogt")}


def test_a_former_cast_header_says_nothing_of_the_order() -> None:
    found = facts(
        "Quarry Lane returns without some familiar faces.",
        "Not in the cast:",
        "Hollis Varga – Petra Lindqvist",
        "Wren Okafor – Osman Reyes",
    )
    assert served(found) == set()
