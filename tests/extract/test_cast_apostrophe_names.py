"""A name with an apostrophe inside it is one name: "O’Brien" and "D’Souza" (a capital after
it) as before, and "Le Floc’h" (a lower-case ending that is no contraction), in every category;
a possessive or a contraction after a name ("Vale’s", "Vale’ll") is still none of the name."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_lower_case_ending_after_an_apostrophe_stays_in_the_actor() -> None:
    found = facts(
        "Ebb Tide, the Brittany drama, has found its lead.",
        "Maëlys Le Goarnic’h has been cast as Soizic Quéré in Ebb Tide.",
    )
    assert ("Maëlys Le Goarnic’h", "Soizic Quéré") in served_pairs(found)


def test_a_straight_apostrophe_ending_stays_in_the_actor() -> None:
    found = facts("Tudual Ar C'h will play Yann Morvan, the harbour pilot, in Ebb Tide.")
    assert ("Tudual Ar C'h", "Yann Morvan") in served_pairs(found)


def test_capitals_after_an_apostrophe_stay_in_the_actor() -> None:
    found = facts(
        "Ebb Tide adds Caoimhe O’Rourke and Priyanka D’Mello.",
        "O’Rourke plays Nessa Quill, while D’Mello will play Dr Ines Varga.",
    )
    served = served_pairs(found)
    assert ("Caoimhe O’Rourke", "Nessa Quill") in served
    assert ("Priyanka D’Mello", "Dr Ines Varga") in served


def test_the_name_is_whole_for_a_crew_credit_and_a_speaker() -> None:
    found = facts(
        "Ebb Tide is written and directed by Maëlys Le Goarnic’h.",
        "“The sea decides everything here,” said Le Goarnic’h.",
    )
    assert {c.name for c in found.crew} == {"Maëlys Le Goarnic’h"}
    assert [q.speaker for q in found.quotes] == ["Le Goarnic’h"]  # the whole surname


def test_a_possessive_or_contraction_is_no_part_of_the_name() -> None:
    found = facts(
        "Ada Vale’s new role is Nessa Quill: Ada Vale plays Nessa Quill in Ebb Tide.",
        "Vale’ll be back for the second film, says Tom Reyes’d-be co-star.",
    )
    assert ("Ada Vale", "Nessa Quill") in served_pairs(found)
    assert all("’" not in c.actor for c in found.cast)
