"""Names that open with a capital beyond ASCII, parts listed after a shared description, and
a recast told as "X left the film and Y took over as Mira"."""

from __future__ import annotations

from bot.extract.castorder import surname_alone
from bot.facts import CastStatus
from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def test_a_part_whose_first_name_opens_with_an_accent_is_notsurname_alone() -> None:
    text = "Season two brings Ønne Lavrans (Petra Kowal), a ferry pilot, to the island."
    assert not surname_alone("Ønne Lavrans", text)
    assert not surname_alone("Ştefan Albu", "The drama follows Ştefan Albu (Ion Rusu) home.")


def test_a_prose_pair_led_by_an_accented_part_is_read_part_first() -> None:
    found = facts(
        "The second series of Tidewater started filming in Cornwall on Monday.",
        "Ruth’s last summer at home brings Émeric Solberg (Dana Whitcombe), a lodger with a "
        "secret, and the harbour’s new pilot.",
    )
    assert served(found) == {("Dana Whitcombe", "Émeric Solberg")}
    found = facts(
        "The second series of Tidewater started filming in Cornwall on Monday.",
        "The new term introduces Łucja Brandt (Fenna Oakes), a violin prodigy from Gdańsk.",
    )
    assert served(found) == {("Fenna Oakes", "Łucja Brandt")}


def test_a_pair_after_a_possessive_in_prose_is_read_part_first() -> None:
    found = facts(
        "Filming on Tidewater resumed this week.",
        "New this series are the harbour master’s Tobias Wren (Aurelio Banks) and the "
        "lifeboat crew’s Sunny Pike (Mo Adeyemi).",
    )
    assert served(found) == {("Aurelio Banks", "Tobias Wren"), ("Mo Adeyemi", "Sunny Pike")}


def test_a_household_led_by_the_is_no_surname_alone() -> None:
    assert not surname_alone("Tarquin Orrell", "They ate on the Orrell family sofa.")
    assert surname_alone("Tarquin Orrell", "They ate on the sofa, Orrell said.")


def test_a_surname_alone_outweighs_a_first_name_with_a_verb() -> None:
    found = facts(
        "Filming on Tidewater resumed this week.",
        "Petra Lind (Hanne Vogt), a lighthouse keeper's daughter, is the first new face.",
        "Hanne tells her father everything. Lind said the part was a gift.",
    )
    assert served(found) == {("Petra Lind", "Hanne Vogt")}


def test_parts_after_a_shared_description_pair_in_order_respectively() -> None:
    found = facts(
        "Orla Fenwick and Ívar Thorne were announced as village newcomers Josie Pell and "
        "Colm Rudd respectively.",
    )
    assert served(found) == {("Orla Fenwick", "Josie Pell"), ("Ívar Thorne", "Colm Rudd")}
    found = facts(
        "Netflix has cast Bo Kessler and Mira Santangelo as rival chefs Ada Quill and Tom "
        "Verey, respectively.",
    )
    assert served(found) == {("Bo Kessler", "Ada Quill"), ("Mira Santangelo", "Tom Verey")}


def test_a_leaver_takes_the_part_a_successor_then_took_over_as() -> None:
    found = facts(
        "Ottilie Crane and Ravi Dunmore were cast as the twins Hester Lyle and Amos Lyle.",
        "Dunmore left the series over a scheduling clash and Kofi Asante took over as Amos.",
    )
    by_pair = {(c.actor, c.character): c.status for c in found.cast if c.served}
    assert by_pair[("Ravi Dunmore", "Amos Lyle")] is CastStatus.FORMER
    assert by_pair[("Kofi Asante", "Amos Lyle")] is CastStatus.CURRENT
    found = facts(
        "Jonah Brisco had been playing the vicar, Father Emory Vane, since the first series.",
        "Brisco quit the show in May, and Tamsin Oduya's husband Ade Oduya has taken over as "
        "Father Emory Vane.",
    )
    by_pair = {(c.actor, c.character): c.status for c in found.cast if c.served}
    assert by_pair[("Jonah Brisco", "Father Emory Vane")] is CastStatus.FORMER
    assert by_pair[("Ade Oduya", "Father Emory Vane")] is CastStatus.CURRENT
