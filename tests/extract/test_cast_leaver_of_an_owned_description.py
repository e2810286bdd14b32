"""A leaver "who played Kester's hot-headed right-hand man" played a part the sentence only
describes: the name before the possessive owns the description and is another character, so the
leaver is not given it (the part may be named elsewhere; the description alone names none)."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs


def test_a_leaver_who_played_a_characters_right_hand_man_is_not_that_character() -> None:
    found = facts(
        "Copper Bay returns to Sky this spring with Ryan Pell back as Kester Lowe.",
        "Dom Varley, who played Kester's hot-headed right-hand man, has left the show and "
        "will not return.",
    )
    assert ("Dom Varley", "Kester") not in pairs(found)
    assert ("Dom Varley", "Kester Lowe") not in pairs(found)


def test_other_verbs_and_refusals() -> None:
    found = facts(
        "Copper Bay returns to Sky this spring with Ryan Pell back as Kester Lowe.",
        "Nia Strand, who plays Odette's long-suffering sister, won't be back for the new run.",
        "Bo Harlan, who portrayed Kester’s loyal driver, is not returning either.",
    )
    assert not {actor for actor, _ in pairs(found)} & {"Nia Strand", "Bo Harlan"}


def test_a_leaver_who_played_a_named_part_is_still_read() -> None:
    found = facts(
        "Copper Bay returns to Sky this spring with Ryan Pell back as Kester Lowe.",
        "Dom Varley, who played Rick Sallow, has left the show and will not return.",
    )
    assert ("Dom Varley", "Rick Sallow") in former_pairs(found)
