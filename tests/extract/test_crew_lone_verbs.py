"""A lone closing verb that is a full credit: after a "who" clause, or with a second credit."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_who_clause_before_a_lone_verb_credits_the_name() -> None:
    found = facts(
        "Fen Light begins filming in Cork next month.",
        "Ivo Brandt wrote the script and Mara Quill, who made 'Tin Harbour' and 'Low Fen', "
        "directed.",
    )
    assert ("director", "Mara Quill") in served_credits(found)
    found = facts(
        "The Salt Hours opens in May.",
        "Dana Roe, who cut two of the director's shorts, edited.",
    )
    assert ("editor", "Dana Roe") in served_credits(found)


def test_a_lone_verb_with_a_second_credit_hung_on_it() -> None:
    found = facts(
        "Fen Light begins filming in Cork next month.",
        "Mara Quill directed, with Ivo Brandt producing for Harbour Pictures.",
    )
    assert {("director", "Mara Quill"), ("producer", "Ivo Brandt")} <= served_credits(found)
    found = facts(
        "The Salt Hours opens in May.",
        "Ivo Brandt produced, with Mara Quill directing.",
    )
    assert {("producer", "Ivo Brandt"), ("director", "Mara Quill")} <= served_credits(found)


def test_a_lone_verb_alone_is_still_held_back() -> None:
    found = facts("The Salt Hours opens in May.", "Who made it? Mara Quill directed.")
    assert ("director", "Mara Quill") not in served_credits(found)
