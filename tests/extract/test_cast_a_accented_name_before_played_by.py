"""A "played by" whose nearer name is accented, on invented text: in "..., follows a young
fisherman, Ódhran, played by Cian Marlow" the part is Ódhran, the name next to "played by", as it
would be for "Odhran"; the part named far before it (a company, a place) is none."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "On set with Gorsehaven, the island drama shooting this summer"


def test_an_accented_gloss_takes_played_by() -> None:
    found = facts(
        "We spent a week on the island set of Gorsehaven.",
        "Gorsehaven, made by Brackwater Pictures with Screen Orkney, follows a young fisherman,"
        " Ódhran, played by Cian Marlow, through one long winter.",
        title=_TITLE,
    )
    assert ("Cian Marlow", "Ódhran") in served_pairs(found), pairs(found)
    assert ("Cian Marlow", "Screen Orkney") not in pairs(found), pairs(found)


def test_a_part_before_its_own_description_still_takes_played_by() -> None:
    found = facts(
        "We spent a week on the island set of Gorsehaven.",
        "The drama follows Éibhlín Rua, a widow, played by Cian Marlow.",
        title=_TITLE,
    )
    assert ("Cian Marlow", "Éibhlín Rua") in served_pairs(found), pairs(found)
