"""A credit read past what follows or stands between its parts: the composer of "The score comes
from X, whose music for <another title> won ..." (the clause tells X's other work, the credit is
ours) and "The music underneath is by X" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Netflix has dated the drama Quiet Tides."


def test_a_whose_clause_on_another_work_keeps_the_credit_before_it() -> None:
    found = facts(
        _LEDE,
        "The score comes from Aoife Byrne, whose music for the thriller “Salt Road” won a prize.",
    )
    assert ("composer", "Aoife Byrne") in credits(found)


def test_a_whose_clause_after_a_by_credit_keeps_it() -> None:
    found = facts(
        _LEDE, "The score is by Tomas Reyes, whose music for “Pale Harbour” was nominated."
    )
    assert ("composer", "Tomas Reyes") in credits(found)


def test_the_score_for_another_work_still_credits_that_work() -> None:
    found = facts(_LEDE, "Aoife Byrne wrote the score for the thriller “Salt Road”.")
    assert ("composer", "Aoife Byrne") not in credits(found)


def test_a_word_of_place_or_time_between_the_craft_and_by() -> None:
    found = facts(
        _LEDE,
        "The music underneath is by Orla Keane, and it is lovely.",
        "The cinematography throughout is by Mikkel Sand.",
        "The score this time is by Tomas Reyes.",
    )
    assert {
        ("composer", "Orla Keane"),
        ("cinematographer", "Mikkel Sand"),
        ("composer", "Tomas Reyes"),
    } <= credits(found)


def test_another_works_craft_is_not_read() -> None:
    found = facts(_LEDE, "The music of Pale Harbour here is by Orla Keane.")
    assert ("composer", "Orla Keane") not in credits(found)


def test_the_craft_first_credit_as_a_lists_last_item() -> None:
    found = facts(
        _LEDE,
        "Mikkel Sand is the cinematographer, Hanna Vik is editing, and the score comes from "
        "Aoife Byrne, whose music for the drama “Salt Road” won her a prize last year.",
    )
    assert {
        ("cinematographer", "Mikkel Sand"),
        ("editor", "Hanna Vik"),
        ("composer", "Aoife Byrne"),
    } <= credits(found)
