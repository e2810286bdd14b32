"""A surname spoken of as a word ("fixed Mira's surname (Holt, not Hale)") names no one alone:
it casts no vote on which side of a dashed list is the actor, so such a list is never served
the wrong way round."""

from tests.extract.helpers import facts, served_pairs

_LIST = (
    "Cast in the teaser:\n"
    "Dara Quillon – Fenn Morrow\n"
    "Tobias Larkwell – Ivo Strand\n"
    "Maren Holtby – Juno Pikeworth (new!)"
)


def _served(note: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "The first teaser for Saltmarsh Road is out – post your reactions in this thread.",
            "Quick facts: Directed by Wren Ashwold.",
            _LIST,
            note,
            "Top comments: the pier scene gave me chills.",
        )
    )


def test_a_surname_fixed_in_brackets_serves_no_reversed_pair() -> None:
    served = _served("EDIT: Fixed Juno's surname (Pikeworth, not Pickworth). Thanks all.")
    assert not {(p, a) for a, p in served} & {
        ("Fenn Morrow", "Dara Quillon"),
        ("Juno Pikeworth", "Maren Holtby"),
    }
    assert ("Juno Pikeworth", "Maren Holtby") not in served


def test_a_surname_said_to_be_spelt_serves_no_reversed_pair() -> None:
    served = _served("EDIT 2: Ivo's last name is spelt Strand, with no e.")
    assert ("Ivo Strand", "Tobias Larkwell") not in served
    assert ("Fenn Morrow", "Dara Quillon") not in served


def test_a_spelling_note_on_an_actors_surname_reverses_nothing() -> None:
    served = _served("EDIT: Fixed Dara's surname (Quillon, not Quillan).")
    assert ("Fenn Morrow", "Dara Quillon") not in served
    assert ("Ivo Strand", "Tobias Larkwell") not in served
