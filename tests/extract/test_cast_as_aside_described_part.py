"""A reviewer's or awards list's aside that names the part after a description: "X, as the
Welsh schoolteacher Y, is ...", "X, as Tom's loyal deckhand Y, steals ...", "X, as the Irish
innkeeper Y who ..., is up for ..."."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Quarry Lane, the BBC's coastal drama, leads this year's nominations."


def test_an_origin_word_in_the_parts_description() -> None:
    found = facts(
        _LEDE,
        "Hattie Crane-Loy, as the Welsh schoolteacher Nell Faro, is nominated for best actress.",
    )
    assert ("Hattie Crane-Loy", "Nell Faro") in served_pairs(found)


def test_an_origin_word_then_a_relative_clause_on_the_part() -> None:
    found = facts(
        _LEDE,
        "Osric Penmarrow, as the Danish lighthouse keeper Jens Holt who shelters the crew, is "
        "up for best supporting actor, and the veteran Ada Brill is up for best actress.",
    )
    assert ("Osric Penmarrow", "Jens Holt") in served_pairs(found)


def test_another_parts_description_without_a_family_word() -> None:
    found = facts(
        _LEDE,
        "Pip Arkwell, as Nell's loyal deckhand Toby Reece, steals every scene he is in.",
    )
    assert ("Pip Arkwell", "Toby Reece") in served_pairs(found)


def test_another_parts_description_before_a_titled_part() -> None:
    found = facts(
        _LEDE,
        "Rosa Lindqvist-Hale, as Nell’s sharp-tongued Aunt Dot, is up for best supporting actress.",
    )
    assert ("Rosa Lindqvist-Hale", "Aunt Dot") in served_pairs(found)


def test_a_company_owner_or_a_quoted_remark_names_no_part() -> None:
    found = facts(
        _LEDE,
        "Kay Lorne, as the Welsh producer Ada Venn put it, is the heart of the show.",
        "Jo Pike, as ITV's drama chief Sam Ray, has signed off the second series.",
    )
    assert pairs(found) == set()
