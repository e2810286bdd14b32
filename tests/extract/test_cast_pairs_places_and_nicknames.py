"""Bracketed pairs and parts that are no parts: a list under "The full cast includes:" lists
actors first; a nickname in the bracket ("Tomas “Tommo” Vire") is part of one name, not a
surname written alone; a part's description naming a "newcomer" who is called by a first name
alone, as parts are, settles no order; a name followed by ", where ..." is a place."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_list_under_a_cast_includes_header_lists_actors_first() -> None:
    found = facts(
        "Channel 4 has confirmed the ensemble for its new sitcom Low Tide.",
        "The full cast includes:\n"
        "• Oona Threlkeld (Mabel Starling) – a harbourmaster who hates boats",
    )
    assert ("Oona Threlkeld", "Mabel Starling") in served_pairs(found)


def test_a_cast_list_header_in_other_words() -> None:
    found = facts(
        "Sky has unveiled the players of its new drama Pale Orchard.",
        "Main cast members are:\n- Gideon Farrow (Walter Penhale) – the orchard's failing owner",
    )
    assert ("Gideon Farrow", "Walter Penhale") in served_pairs(found)


def test_a_nickname_in_the_bracket_keeps_the_name_whole() -> None:
    found = facts(
        "The full cast includes:\n"
        "• Saoirse Lund (Captain Hedda Vire) – the ship's weary skipper\n"
        "• Brannock Teale (Tomas \u201cTommo\u201d Vire) – Hedda's son, who wants to leave",
    )
    assert ("Brannock Teale", "Tomas Vire") in served_pairs(found)
    assert ("Tomas Vire", "Brannock Teale") not in served_pairs(found)


def test_a_nickname_in_straight_quotes() -> None:
    found = facts(
        "Cast:\n• Imelda Crowe (Dr Ruth Garnet) – a locum\n"
        '• Felix Ambrose (Daniel "Danny" Garnet) – Ruth\'s brother, a failed chef',
    )
    assert ("Felix Ambrose", "Daniel Garnet") in served_pairs(found)


def test_a_newcomer_in_a_parts_description_settles_no_order() -> None:
    found = facts(
        "Harlan will play Otto Brisk, a sullen third-year who takes newcomer Jonah Pell "
        "(Ilse Moran) under his wing, sources say.",
        "Sources describe Otto as the closest thing Jonah has to a brother.",
    )
    assert ("Jonah Pell", "Ilse Moran") not in served_pairs(found)


def test_a_newcomer_in_a_parts_description_another_phrasing() -> None:
    found = facts(
        "Vance plays Cormac Leary, a bored lifeguard who falls for newcomer Delia Shaw "
        "(Priya Anand) over one summer.",
        "Delia's arrival upends the town.",
    )
    assert ("Delia Shaw", "Priya Anand") not in served_pairs(found)


def test_a_newcomer_actor_with_the_part_in_brackets_still_counts() -> None:
    found = facts(
        "They join previously announced newcomers Rosalind Achebe (Greta Holm) and Piet Vos.",
    )
    assert ("Rosalind Achebe", "Greta Holm") in served_pairs(found)


def test_a_place_is_no_part() -> None:
    found = facts(
        "Her half belongs to Aldermoor, where her evenings now go to Pip, played with bite by "
        "newcomer Talia Renko.",
    )
    assert ("Talia Renko", "Aldermoor") not in served_pairs(found)


def test_a_place_with_where_in_another_sentence() -> None:
    found = facts(
        "Most of the film is set at Kestrel Hall, where the family spends its summers.",
        "Kestrel Hall, played by newcomer Bea Lorne, is all creaking stairs.",
    )
    assert ("Bea Lorne", "Kestrel Hall") not in served_pairs(found)
