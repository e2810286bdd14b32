"""Cast facts told apart from a role word before a name, a job's short form after "as a", the
voices of another language's version, a station's credit line and a transcript's speaker label
(invented names and titles throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs


def test_a_role_word_opening_the_sentence_is_no_part_of_the_actors_name() -> None:
    found = facts(
        "Gullwether is up for three prizes at the Brindlecombe Television Awards.",
        "Lead Ysolde Pranktree, who plays the landlord Orrin Vask, lost out in the lead category.",
    )
    assert ("Ysolde Pranktree", "Orrin Vask") in served_pairs(found)
    assert not any(actor.startswith("Lead ") for actor, _ in served_pairs(found))


def test_a_job_short_form_after_an_indefinite_article_is_held() -> None:
    found = facts(
        "Gullwether stayed at number one in its third weekend.",
        "The film, which stars Ysolde Pranktree as a pirate DJ, has now outgrossed Osgarth.",
    )
    assert ("Ysolde Pranktree", "DJ") not in served_pairs(found)
    assert ("Ysolde Pranktree", "DJ") in held_pairs(found)


def test_a_named_part_after_a_job_short_form_is_still_served() -> None:
    found = facts("Gullwether stars Ysolde Pranktree as DJ Orrin Vask.")
    assert ("Ysolde Pranktree", "Orrin Vask") in served_pairs(found)
