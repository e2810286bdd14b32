"""Review mends of round 192: the rules of that round read on sentences written otherwise than
the articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_quotes

_DRAMA_TITLE = "Gannet Row is streaming now"
_DRAMA_LEDE = "Gannet Row, a six-part drama about a Hull fishing family, streams in full today."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        _DRAMA_LEDE, f"The series is directed by Oona Pell. {sentence}", title=_DRAMA_TITLE
    )


def test_a_company_after_its_noun_is_no_person_whatever_its_name() -> None:
    assert ("producer", "Marsh Gate") not in _crew("It is produced by Hull indie Marsh Gate.")
    assert not any(
        name == "Marsh Gate" for _, name in _crew("It is produced by Hull indie outfit Marsh Gate.")
    )


def test_a_person_after_the_company_still_credited() -> None:
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull indie Saltire Films and Tam Ruddock."
    )
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull outfit Saltire Films’ Tam Ruddock."
    )


_EDITOR_LEDE = "Editor Wynn Carrow cut all eight episodes of Gannet Row for the streamer."


def test_a_crowds_name_with_other_verbs_of_habit_is_no_quote() -> None:
    for sentence in (
        "Viewers have come to call the show “a soggy heist”. Does that bother you?",
        "Audiences took to calling it “a soggy heist”. Does that bother you?",
        "Fans like to call the finale “a soggy heist”. Does that bother you?",
    ):
        found = facts(_EDITOR_LEDE, sentence)
        assert not any(text.startswith("a soggy") for text, _ in served_quotes(found)), sentence


def test_a_person_who_likes_to_call_it_a_name_keeps_the_quote() -> None:
    found = facts(
        _EDITOR_LEDE, "Carrow likes to call the show “a soggy heist with a heart”, he said."
    )
    assert any(text.startswith("a soggy") for text, _ in served_quotes(found))
