"""An aged actor: "The 24-year-old Welsh actor plays Y" and "The 24-year-old actor from Leeds
has been cast as Y" stand for the one person the sentence before names, as "The 24-year-old
plays Y" does; a name after the age ("The 24-year-old Ada Vale") is that person's own."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_aged_actor_with_a_nationality_plays_the_part() -> None:
    found = facts(
        "Rhiannon Tew is the newest face in the Copper Bay cast.",
        "The 24-year-old Anglo-Welsh actress plays Delphine Oakes, the ferry's new skipper.",
        "Tew said the part came out of nowhere.",
    )
    assert ("Rhiannon Tew", "Delphine Oakes") in served_pairs(found)


def test_an_aged_actor_from_a_town_has_been_cast() -> None:
    found = facts(
        "Joss Abernethy is about to become the most talked-about newcomer of the summer.",
        "The 21-year-old actor from Grimsby has been cast as Harold Pym, a lighthouse keeper, in "
        "the Copper Bay film. Abernethy found out on a train.",
    )
    assert ("Joss Abernethy", "Harold Pym") in served_pairs(found)


def test_a_name_after_the_age_is_not_the_one_before() -> None:
    found = facts(
        "Joss Abernethy leads the Copper Bay film.",
        "The 21-year-old Delia Prowse plays Harold's sister Maud.",
    )
    assert ("Joss Abernethy", "Maud") not in served_pairs(found)
