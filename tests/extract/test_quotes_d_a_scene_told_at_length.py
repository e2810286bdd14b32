"""A moment of the work told at more length, with no speech tag crediting the words: a place or
an aside after the moment ("the bit on the ferry where", "a clip, shown once, in which"), a
pronoun or an aside after the one speaking ("where he, drenched, says flatly:"), in the story's
present. The words are a line of the work, held; a person telling of a moment in the past, or
words a speech tag credits, keep the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Readers have been writing in about Dunmore Quay, the new harbour drama on BBC Two."


def test_a_moment_told_with_a_place_and_a_pronoun_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "Tamsin Varga-Holt is superb. The bit on the night ferry where she just goes “Row,"
        " then” had the whole sofa shrieking.",
    )
    assert not any(text.startswith("Row, then") for text, _ in served_quotes(found))


def test_a_clip_with_an_aside_where_one_part_tells_another_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "The festival screened a short clip, never broadcast, in which Morwen tells Ebb,"
        " “Nobody rows out alone.” The room went quiet.",
    )
    assert not any(text.startswith("Nobody rows") for text, _ in served_quotes(found))


def test_a_scene_with_an_aside_after_the_speaker_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "There is a scene in the second episode where Captain Ebb, soaked to the skin, says"
        " flatly: “The tide owes us nothing.” It is the best thing on television.",
    )
    assert not any(text.startswith("The tide owe") for text, _ in served_quotes(found))


def test_a_person_telling_of_a_moment_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Director Pell Anwar-Brooke remembers the first read-through. “There was a moment"
        " where everyone went silent,” Anwar-Brooke said. “I knew then.”",
    )
    assert ("There was a ", "Pell Anwar-Brooke") in served_quotes(found)


def test_a_clip_of_an_actor_talking_as_herself_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "The BBC posted a clip, filmed on the quay, in which Tamsin Varga-Holt says"
        " “We start the second run in March.”",
    )
    assert ("We start the", "Tamsin Varga-Holt") in served_quotes(found)
