""" "A, B and C also return, as X, Y and Z.": a comma after the verb still pairs two lists in
order when the parts end the sentence; "A and B laughed, as X and Y kiss" is a clause of its
own, and pairs no one."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_comma_after_verb_pairs_lists() -> None:
    found = facts(
        "Brannock Tide has begun filming in Whitby.",
        "Wen Harrow, Orrin Taft and Cass Imber come back too, as Ludo, Nim and Petra.",
        title="Brannock Tide starts shooting",
    )
    assert {("Wen Harrow", "Ludo"), ("Orrin Taft", "Nim"), ("Cass Imber", "Petra")} <= pairs(found)


def test_comma_then_clause_pairs_no_one() -> None:
    found = facts(
        "Brannock Tide has begun filming in Whitby.",
        "Wen Harrow and Orrin Taft were grinning on set, as Ludo and Nim argue by the harbour.",
        title="Brannock Tide starts shooting",
    )
    assert not any(actor in {"Wen Harrow", "Orrin Taft"} for actor, _ in pairs(found))


def test_as_well_as_after_verb_pairs_no_one() -> None:
    found = facts(
        "Brannock Tide has begun filming in Whitby.",
        "Wen Harrow and Orrin Taft come back, as well as Cass Imber and Ludo Brisk.",
        title="Brannock Tide starts shooting",
    )
    assert not any(actor in {"Wen Harrow", "Orrin Taft"} for actor, _ in pairs(found))
