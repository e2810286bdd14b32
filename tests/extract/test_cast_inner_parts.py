"""A sentence adverb before "the role of X was to be played by Y" is no part, and a part that
itself plays a part in the story ("will play X, a prompter who finds herself playing Juliet")
is no actor."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_adverb_before_the_role_of_is_no_part() -> None:
    for opener in ("Originally", "Initially", "At first"):
        found = facts(
            "Filming began in Tromsø last week.",
            f"{opener}, the role of Marit was to be played by Norwegian star Halvard"
            " Strand-Beck, but he withdrew in May, the producers said. Tove Lindqvist plays"
            " Marit Dahl.",
        )
        assert all(character != opener for _, character in pairs(found))
        assert ("Tove Lindqvist", "Marit Dahl") in served_pairs(found)


def test_part_playing_a_part_in_the_story_is_no_actor() -> None:
    for clause in (
        "the theatre's weary prompter who finds herself playing Juliet",
        "a prompter who ends up playing Hedda Gabler on opening night",
        "the troupe's stage manager who is soon portraying Lady Percy",
    ):
        found = facts(
            "Filming began in Cork last week.",
            f"Maura Kinsella will play Orla Tierney, {clause}.",
        )
        assert ("Maura Kinsella", "Orla Tierney") in served_pairs(found)
        assert all(actor != "Orla Tierney" for actor, _ in pairs(found))
