"""A work told by its genre with a writing clause, a craft-first credit naming two people, and
a post in brackets after a name led by "the"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_genre_noun_with_a_co_writing_clause_credits_both_writers() -> None:
    found = facts(
        "Netflix has boarded “Harrow Lights,” from Danish filmmaker Signe Holt.",
        "The heist comedy, which Holt co-wrote with Irish novelist Ewan Dalgarno, follows two "
        "sisters who rob a ferry.",
        "The family drama, which Petra Lund co-wrote with the playwright Kemal Oduya, opens "
        "in May.",
    )
    assert {
        ("writer", "Signe Holt"),
        ("writer", "Ewan Dalgarno"),
        ("writer", "Petra Lund"),
        ("writer", "Kemal Oduya"),
    } <= credits(found)


def test_a_genre_noun_told_as_an_earlier_work_credits_no_one() -> None:
    found = facts(
        "Her previous thriller, which Petra Lund co-wrote with the playwright Kemal Oduya, "
        "flopped in 2019.",
        "His last comedy, which Tomas Reyes directed, was a hit.",
    )
    assert not credits(found)


def test_a_craft_first_credit_with_two_names_credits_both() -> None:
    found = facts(
        "The script, by Odile Marchetti and Hanne Stroud, keeps the dialogue spare.",
        "The score, by Jonas Ekberg and Lila Moretti, leans on brass.",
    )
    assert {
        ("writer", "Odile Marchetti"),
        ("writer", "Hanne Stroud"),
        ("composer", "Jonas Ekberg"),
        ("composer", "Lila Moretti"),
    } <= credits(found)


def test_a_craft_first_credit_with_a_list_of_three_credits_each() -> None:
    found = facts("The screenplay, by Ada Vane, Tom Reyes and Mo Lin, is spare and funny.")
    assert {("writer", "Ada Vane"), ("writer", "Tom Reyes"), ("writer", "Mo Lin")} <= credits(found)


def test_a_post_in_brackets_after_the_may_lead_with_the() -> None:
    found = facts(
        "Update: Rosa Velling (the DP) shared some gorgeous stills from the last night.",
        "Also Bram Okafor (the editor) says the first cut is nearly done.",
        "Huge thanks to Ines Caro (our composer) for the demo.",
    )
    assert {
        ("cinematographer", "Rosa Velling"),
        ("editor", "Bram Okafor"),
        ("composer", "Ines Caro"),
    } <= credits(found)


def test_a_bracket_with_the_and_more_than_a_post_credits_no_one() -> None:
    found = facts("Rosa Velling (the director of Salt Hours) shared some stills.")
    assert ("director", "Rosa Velling") not in credits(found)
