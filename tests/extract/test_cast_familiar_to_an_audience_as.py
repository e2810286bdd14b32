""" "X will be familiar to viewers as Y in Z" recalls a part X is known for, not a part in this
production; the actor's own casting beside it stays."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_familiar_to_fans_as_a_part_in_another_show() -> None:
    found = facts(
        "Ines Farrow joins the film as Dr Olwen Pike, Nell's tutor.",
        "Farrow will be familiar to crime-drama fans as Lady Harriet Moss in “Iron Gate”, and "
        "won a Bafta last year.",
        title="Lantern Street adds two",
    )
    assert ("Ines Farrow", "Lady Harriet Moss") not in pairs(found)
    assert ("Ines Farrow", "Dr Olwen Pike") in served_pairs(found)


def test_known_to_audiences_as() -> None:
    found = facts(
        "Ines Farrow joins the film as Dr Olwen Pike.",
        "Farrow is best known to British audiences as Sergeant Kit Moran in “Low Fell”.",
        title="Lantern Street adds two",
    )
    assert ("Ines Farrow", "Kit Moran") not in pairs(found)
    assert ("Ines Farrow", "Sergeant Kit Moran") not in pairs(found)


def test_recognisable_to_viewers_as() -> None:
    found = facts(
        "Ines Farrow joins the film as Dr Olwen Pike.",
        "Farrow may be recognisable to younger viewers as Tess Arden from “Quarry Lane”.",
        title="Lantern Street adds two",
    )
    assert ("Ines Farrow", "Tess Arden") not in pairs(found)
