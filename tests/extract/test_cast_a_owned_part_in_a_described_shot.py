"""A part named by its actor's possessive inside a shot the sentence describes ("the teaser
opens with X's Y hurrying to ...", "a shot of X's Y waiting for ..."), on invented text: the
shot says the owned name is a part, whatever follows its participle; outside a shot, a
possessive's name "competing for" something may be a work, and is not read."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Streamly has released the first teaser for its island drama The Pale Harbour."


def test_a_part_in_an_opening_shot_is_read() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The teaser opens with Dorian Kell’s Fintan hurrying to the last ferry.",
            "Later comes a shot of Orla Penhallow’s Greta waiting for the storm to pass.",
        )
    )
    assert ("Dorian Kell", "Fintan") in found, found
    assert ("Orla Penhallow", "Greta") in found, found


def test_a_possessive_competing_for_a_prize_is_no_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Its rivals include Wenna Tallack’s Saltmoor competing for the same slot.",
        )
    )
    assert not any(actor == "Wenna Tallack" for actor, _ in found), found
