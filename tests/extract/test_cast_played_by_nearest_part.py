"""A "played by" right after a description that ends on another part's name is that part's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copper Bay film adds two"


def test_played_again_by_after_a_classmate_of_a_part() -> None:
    found = served_pairs(
        facts(
            "The Copper Bay film has added two new faces.",
            "Ravi Otten joins as Mabel Quist, an outspoken art-college classmate of Dora Lyle, "
            "played again by Hattie Brenn. Otten, who grew up in Leeds, makes her screen debut.",
            title=_TITLE,
        )
    )
    assert ("Hattie Brenn", "Mabel Quist") not in found
    assert ("Hattie Brenn", "Dora Lyle") in found
    assert ("Ravi Otten", "Mabel Quist") in found


def test_played_by_after_a_rival_to_a_part() -> None:
    found = served_pairs(
        facts(
            "Season three of Copper Bay brings a newcomer to the harbour.",
            "Imke Voss plays Greta Hale, the sharp-tongued rival to Otto Brand, played by "
            "Lennart Sunde, in a storyline about the harbour's sale.",
            title=_TITLE,
        )
    )
    assert ("Lennart Sunde", "Greta Hale") not in found
    assert ("Lennart Sunde", "Otto Brand") in found


def test_played_by_after_a_place_where_a_part_works() -> None:
    found = served_pairs(
        facts(
            "The Copper Bay spin-off has cast its lead.",
            "Tamsin Oyelaran plays Nell Pryce, a nurse at the clinic where Sid Abernethy, "
            "played by Jory Kettle, first worked.",
            title=_TITLE,
        )
    )
    assert ("Jory Kettle", "Nell Pryce") not in found
    assert ("Tamsin Oyelaran", "Nell Pryce") in found


def test_played_by_after_a_description_keeps_its_part() -> None:
    found = served_pairs(
        facts(
            "The Copper Bay film has added a new face.",
            "Mabel Quist, a quiet librarian from Whitby, is played by Hattie Brenn.",
            title=_TITLE,
        )
    )
    assert ("Hattie Brenn", "Mabel Quist") in found
