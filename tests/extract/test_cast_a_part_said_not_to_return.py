""" "X as Y, a character who does not return": a part apposed as not back is an earlier run's,
no casting of this production; "a character who does not appear in the books" is still ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Saltmarrow film has started shooting in Whitby, the studio confirmed."


def test_earlier_runs_part_that_does_not_return() -> None:
    found = facts(
        _LEDE,
        "Tamsin Roke returns as Nan Orde.",
        "The second series also featured Petra Lisle as Wenna, a character who won't be back.",
        title="Saltmarrow film starts shooting",
    )
    assert ("Tamsin Roke", "Nan Orde") in served_pairs(found)
    assert ("Petra Lisle", "Wenna") not in served_pairs(found)


def test_new_part_absent_from_the_books_is_still_ours() -> None:
    found = facts(
        _LEDE,
        "Petra Lisle joins as Wenna, a character who does not appear in the novels.",
        title="Saltmarrow film starts shooting",
    )
    assert ("Petra Lisle", "Wenna") in served_pairs(found)


def test_a_part_not_returning_somewhere_in_its_own_story_is_still_cast() -> None:
    found = facts(
        _LEDE,
        "The film stars Ada Vale as Mira, a character who does not return until the final act.",
        "Tom Reed joins as Ned Gray, a part that never returns home after the war.",
        "It also stars Bea Lorne as Wenna, a character who won't come back to the village.",
        title="Saltmarrow film starts shooting",
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)
    assert ("Tom Reed", "Ned Gray") in served_pairs(found)
    assert ("Bea Lorne", "Wenna") in served_pairs(found)


def test_a_part_not_returning_that_closes_its_clause_is_an_earlier_runs() -> None:
    found = facts(
        _LEDE,
        "The first series starred Ada Vale as Mira, a character who does not return.",
        "The second series featured Tom Reed as Ned Gray, a role that won't be back for the film.",
        title="Saltmarrow film starts shooting",
    )
    assert ("Ada Vale", "Mira") not in served_pairs(found)
    assert ("Tom Reed", "Ned Gray") not in served_pairs(found)
