"""Crew credits given as answers to an FAQ's questions (invented text, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_named_answer_to_who_directed_it_is_the_director() -> None:
    found = facts(
        "Lantern Bay arrives on the service in June.",
        "Q: Who directed it?",
        "A: Noor Haddad, who also made the 2019 thriller Glasshouse.",
    )
    assert ("director", "Noor Haddad") in credits(found)


def test_a_question_without_labels_about_the_composer() -> None:
    found = facts(
        "Lantern Bay arrives on the service in June.",
        "Who is the composer?",
        "Tomasz Wierzba. He scored the first series too.",
    )
    assert ("composer", "Tomasz Wierzba") in credits(found)


def test_an_answer_that_names_nobody_gives_no_credit() -> None:
    found = facts(
        "Lantern Bay arrives on the service in June.",
        "Q: Who's writing the film?",
        "A: Not Yet Announced, though Netflix says soon.",
        "Q: Who directed it?",
        "A: Netflix has not said.",
    )
    assert not credits(found)


def test_a_question_about_another_work_gives_no_credit() -> None:
    found = facts(
        "Lantern Bay arrives on the service in June.",
        "Q: Who directed Glasshouse?",
        "A: Noor Haddad.",
    )
    assert ("director", "Noor Haddad") not in credits(found)


def test_an_answer_that_turns_to_another_work_gives_no_credit() -> None:
    found = facts(
        "Lantern Bay arrives on the service in June.",
        "Q: Who directed it?",
        "A: Noor Haddad directed the thriller Glasshouse last year, but nothing is confirmed.",
    )
    assert ("director", "Noor Haddad") not in credits(found)


def test_a_labelled_interview_question_about_a_named_job_is_answered_by_name() -> None:
    found = facts(
        "Salt Meadow opens in May.",
        "VARIETY: The music is haunting. Who did it?",
        "ADA HALE: Tomas Riv, who lives in Oslo. He used church bells.",
        title="Salt Meadow news",
    )
    assert ("composer", "Tomas Riv") in credits(found)


def test_a_vague_question_after_one_job_only_is_answered_by_name() -> None:
    found = facts(
        "Salt Meadow opens in May.",
        "Q: I loved the cinematography. Who did that?",
        "A: Lea Marsh, an old friend from film school.",
        title="Salt Meadow news",
    )
    assert ("cinematographer", "Lea Marsh") in credits(found)


def test_a_vague_question_after_two_jobs_or_an_answer_without_a_name_credits_nobody() -> None:
    found = facts(
        "Salt Meadow opens in May.",
        "Q: The score and the script are great. Who did it?",
        "A: Lea Marsh, an old friend from film school.",
        "VARIETY: The score is unusual. Who did it?",
        "ADA HALE: Honestly? Nobody wants to know.",
        title="Salt Meadow news",
    )
    assert not credits(found)
