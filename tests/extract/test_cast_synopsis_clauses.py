"""In a synopsis, "Place, Subject verbs ..., a description, Name, played by Actor" casts Name,
not the place: the words after "Place, " open a clause with its own subject and verb."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_place_before_a_new_clause_is_no_part() -> None:
    found = served_pairs(
        facts(
            "The series follows Inspector Tomas Vell, head of a tiny harbour unit, played by "
            "Oren Kasprak.",
            "When a boat is found adrift near the Kestrel Pier, Vell finds himself working "
            "alongside a sharp young lawyer, Mila Dorn-Hayes, played by Ilse Varga-Nowak.",
        )
    )
    assert ("Ilse Varga-Nowak", "Kestrel Pier") not in found
    assert ("Ilse Varga-Nowak", "Mila Dorn-Hayes") in found


def test_a_place_before_a_past_tense_clause_is_no_part() -> None:
    found = served_pairs(
        facts(
            "The drama is set in a fishing town on the Fenmoor coast.",
            "After a fire at the Gull Street Chapel, Nora Blythe learned the truth from her "
            "cousin, Edda, played by Rina Solberg.",
        )
    )
    assert ("Rina Solberg", "Gull Street Chapel") not in found


def test_a_described_part_is_still_cast() -> None:
    found = served_pairs(
        facts(
            "The drama is set in a fishing town on the Fenmoor coast.",
            "Edda Marr, the harbourmaster’s restless daughter, played by Rina Solberg, is the "
            "heart of it.",
        )
    )
    assert ("Rina Solberg", "Edda Marr") in found
