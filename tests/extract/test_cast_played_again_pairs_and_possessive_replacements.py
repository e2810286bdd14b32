"""Parts paired with actors after "played once more by", and a replacement "as X's flatmate"."""

from tests.extract.helpers import facts, served_pairs


def test_parts_played_once_more_by_two_actors_pair_in_order() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane follows Mo and Gil, played once more by Tilda Brayne and Oskar Venn, "
            "through one long summer."
        )
    )
    assert found == {("Tilda Brayne", "Mo"), ("Oskar Venn", "Gil")}


def test_parts_played_again_by_two_actors_pair_in_order() -> None:
    found = served_pairs(
        facts("Mo and Gil, played again by Tilda Brayne and Oskar Venn, are older now.")
    )
    assert found == {("Tilda Brayne", "Mo"), ("Oskar Venn", "Gil")}


def test_parts_now_played_by_two_actors_pair_in_order() -> None:
    found = served_pairs(
        facts("The sequel returns to Mo and Gil, now played by Tilda Brayne and Oskar Venn.")
    )
    assert found == {("Tilda Brayne", "Mo"), ("Oskar Venn", "Gil")}


def test_replacement_as_a_possessive_description_is_not_the_owner_part() -> None:
    found = facts(
        "Pia Thorne replaces Dev Oakes as Mo Castle's older brother, while Ann Lee joins the film.",
        "Mo Castle, played by Rhys Tandy, is the lead.",
    )
    assert ("Pia Thorne", "Mo Castle") not in served_pairs(found)
    assert ("Dev Oakes", "Mo Castle") not in served_pairs(found)


def test_succession_as_a_one_word_owner_description_is_not_the_owner_part() -> None:
    found = facts(
        "Pia Thorne succeeded Dev Oakes as Gil's boss in the second series.",
        "Gil Hart is played by Rhys Tandy.",
    )
    assert not {a for a, _ in served_pairs(found)} & {"Pia Thorne", "Dev Oakes"}


def test_replacement_as_a_named_part_still_reads() -> None:
    found = served_pairs(facts("Pia Thorne replaces Dev Oakes as Jonah Pike in the film."))
    assert ("Pia Thorne", "Jonah Pike") in found
