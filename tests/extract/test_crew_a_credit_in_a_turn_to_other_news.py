"""A credit in a sentence that turns to other news, naming nothing of ours, is not ours."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "BBC greenlights coastal thriller ‘Cold Harbour’"
LEDE = "The BBC has greenlit Cold Harbour, a thriller from writer June Okafor."


def test_meanwhile_another_work_under_the_direction_of() -> None:
    found = facts(
        LEDE,
        "Meanwhile, Rain Hollow is heading for its own finale, with Ada Penn back as Kay Lark "
        "under the direction of Ben Crale.",
        title=TITLE,
    )
    assert ("director", "Ben Crale") not in credits(found)
    assert ("writer", "June Okafor") in credits(found)


def test_separately_another_work_under_its_directors_direction() -> None:
    found = facts(
        LEDE,
        "Separately, Pewter Year begins its second run next spring under Lu Ferro's direction.",
        title=TITLE,
    )
    assert ("director", "Lu Ferro") not in credits(found)


def test_a_turn_that_names_our_own_work_keeps_its_credit() -> None:
    found = facts(
        LEDE,
        "Meanwhile, Cold Harbour is shot in Kent under the direction of Tom Reyes.",
        title=TITLE,
    )
    assert ("director", "Tom Reyes") in credits(found)


def test_a_turn_that_names_our_work_in_a_possessive_keeps_its_credit() -> None:
    found = facts(
        LEDE,
        "Elsewhere, the craft prizes are led by ‘Pewter Year’, where Cold Harbour’s editor, "
        "Mina Torvald, is nominated again.",
        title=TITLE,
    )
    assert ("editor", "Mina Torvald") in credits(found)
