"""A list whose second item drops its verb ("A is back as X and B as Y, and C ...") is read
item by item: the part after the first "as" is never the first actor of a pair after it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Production on Northward Lights, the second film, has begun in Leeds."


def test_a_gapped_item_then_a_new_clause_is_not_read_crossed() -> None:
    found = facts(
        _LEDE,
        "Mara Quill is back as Lena Frost and Tom Baxley as Oscar Reed, and Ruth Ambler "
        "reprises her role as Lena's aunt, Greta.",
    )
    served = served_pairs(found)
    assert ("Mara Quill", "Lena Frost") in served
    assert ("Tom Baxley", "Oscar Reed") in served
    assert ("Lena Frost", "Oscar Reed") not in served
    assert ("Tom Baxley", "Ruth Ambler") not in served


def test_other_verbs_before_the_first_part() -> None:
    found = facts(
        _LEDE,
        "Idris Fenwick returns as Paul Dray and Nell Sutter as June Abbot, and Kofi Brand "
        "joins the cast as a new teacher.",
    )
    served = served_pairs(found)
    assert ("Idris Fenwick", "Paul Dray") in served
    assert ("Nell Sutter", "June Abbot") in served
    assert ("Paul Dray", "June Abbot") not in served
    assert ("Nell Sutter", "Kofi Brand") not in served
    found = facts(
        _LEDE,
        "Ada Moss will again star as Vera Lind and Sol Petty as Gus Marr, and Hal Crane "
        "rounds out the ensemble.",
    )
    served = served_pairs(found)
    assert ("Vera Lind", "Gus Marr") not in served
    assert ("Sol Petty", "Hal Crane") not in served


def test_a_pair_after_such_as_still_pairs() -> None:
    found = facts(
        _LEDE,
        "It leans on newcomers such as Pia Lund and Oren Vale as Tessa and Mark.",
    )
    assert {("Pia Lund", "Tessa"), ("Oren Vale", "Mark")} <= served_pairs(found)
