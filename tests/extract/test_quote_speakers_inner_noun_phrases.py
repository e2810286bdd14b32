"""An unnamed speaker's noun phrase starts at its own determiner: in "a budget its producer
describes as", "a budget" is the thing described, never part of who speaks."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes}


def test_a_possessive_opens_a_new_phrase_not_the_speakers_noun() -> None:
    found = _speakers(
        "When Dry Hollow opened in Leeds it had a budget its producer describes as"
        " “about the lunch bill on a superhero film”.",
        "The set was a barn its director calls “the only dry place in Yorkshire”.",
    )
    assert "budget" not in found["about the lunch bill on a superhero film"]
    assert "barn" not in found["the only dry place in Yorkshire"]


def test_near_miss_an_unnamed_critic_keeps_the_credit() -> None:
    found = _speakers("The film has a score one critic described as “pure thunder”.")
    assert "budget" not in found.get("pure thunder", "")
