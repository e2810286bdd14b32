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
