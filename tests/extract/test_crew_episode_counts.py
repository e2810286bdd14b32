"""Credits for some of a series' episodes (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_directed_the_remaining_episodes_is_a_director_credit() -> None:
    found = facts("Pavel Oduya directed the remaining four.")
    assert ("director", "Pavel Oduya") in credits(found)


def test_wrote_some_of_its_episodes_then_a_pronoun_after_a_semicolon() -> None:
    found = facts(
        "Ruth Makinde created the series and wrote three of its six episodes; "
        "she also directed the opening two."
    )
    assert {("writer", "Ruth Makinde"), ("director", "Ruth Makinde")} <= credits(found)


def test_a_pronoun_after_another_name_is_not_the_opening_name() -> None:
    found = facts("Ruth Makinde hired Tom Vale in May; he directed the last three.")
    assert ("director", "Ruth Makinde") not in credits(found)


def test_directed_the_first_two_films_of_a_franchise_is_not_this_credit() -> None:
    found = facts("Pavel Oduya directed the first two films in the Glasshouse franchise.")
    assert ("director", "Pavel Oduya") not in credits(found)


def test_a_second_name_with_the_verb_left_out_shares_the_episodes() -> None:
    found = facts(
        "Teodor Mallinck has written all six episodes, with Brisa Quennell directing the first "
        "three and Fenwick Drury the last three."
    )
    assert credits(found) >= {("director", "Brisa Quennell"), ("director", "Fenwick Drury")}


def test_a_second_name_doing_something_else_shares_no_episodes() -> None:
    found = facts(
        "Teodor Mallinck has written all six episodes, with Brisa Quennell directing the first "
        "three and Fenwick Drury starring in the last three."
    )
    assert ("director", "Fenwick Drury") not in credits(found)
