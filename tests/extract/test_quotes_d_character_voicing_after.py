"""Quotes on invented text: words an actor's character voices right after the marks ("“...?”
Ada Vale's character sneers") are a line of the work, no one's quote; words the actor says
about the character stay the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_words_an_actors_character_voices_after_the_marks_are_no_quote() -> None:
    served = _served(
        "First look: the lighthouse drama Harbour Lights gets a trailer.",
        "Mira Sobek plays a keeper's daughter, and newcomer Tom Reyes plays the ferryman.",
        "“You think the sea owes you something?” Sobek's character snaps on the quay.",
    )
    assert served == []


def test_words_followed_by_a_new_sentence_on_the_character_stay_a_quote() -> None:
    served = _served(
        "Interview: Mira Sobek on Harbour Lights.",
        "“I grew up near a lighthouse, so it felt like home,” Sobek said. Her character is a "
        "keeper's daughter who never leaves the island.",
        "“I adored her.” Her character is stubborn, and so is Sobek.",
    )
    assert served == ["I grew up near a l", "I adored her."]
