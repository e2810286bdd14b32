"""Quotes and their speakers on invented text: a "he" or "she" after a sentence that opens on a
person's path, career or casting ("Vey's route in was stranger.") is that person, the
paragraph's subject, never someone quoted in the paragraph before."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_pronoun_after_a_sentence_opening_on_someones_path_is_theirs() -> None:
    for opener, told in (
        ("Dario Venn's path to the part was stranger.", "he recalls"),
        ("Venn's casting came late.", "he remembers"),
    ):
        found = facts(
            "Dario Venn, who plays the cook, and Marta Olsen, who plays the captain, are the new "
            "faces. “It felt like coming home,” Olsen said.",
            f"{opener} He replaced another actor a week into the shoot. "
            f"“I learnt my lines on the train,” {told}.",
            date="2026-04-01",
            title="Inside Saltwick",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("I learnt")]
        assert said == ["Dario Venn"], said


def test_a_pronoun_after_a_relatives_sentence_is_not_taken_for_its_owner() -> None:
    found = facts(
        "Marta Olsen plays the captain. “It felt like coming home,” she said.",
        "Olsen's brother was less sure. “I told her to turn it down,” he said.",
        date="2026-04-01",
        title="Inside Saltwick",
    )
    said = [q.speaker for q in found.quotes if q.text.startswith("I told")]
    assert said != ["Marta Olsen"], said
