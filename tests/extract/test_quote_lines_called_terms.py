"""A term someone calls for ("calls a “tea break”") names the thing called, held; a thing named
in someone's words, a description someone gives and a phrase a named speaker says are still
served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_term_called_for_is_held() -> None:
    found = facts(
        "Day two on the set of The Gullhouse, somewhere on the Fife coast.",
        "3.10pm. The sea fog rolls in. The first assistant director, Ingrid Mallory-Obi, calls "
        "a “fog pause”, and everyone piles into the catering bus.",
    )
    assert served_quotes(found) == []
    past = facts(
        "Day two on the set of The Gullhouse, somewhere on the Fife coast.",
        "By noon the producer, Tomas Hedley-Arna, had called an “early wrap” and the trucks "
        "were leaving.",
    )
    assert served_quotes(past) == []


def test_a_thing_named_in_someones_words_is_still_served() -> None:
    found = facts(
        "Day two on the set of The Gullhouse, somewhere on the Fife coast.",
        "It was shot in three weeks, on what Tomas Hedley-Arna calls a “tight squeeze”.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Tomas Hedley-Arna"]


def test_a_description_someone_gives_is_still_served() -> None:
    found = facts(
        "Day two on the set of The Gullhouse, somewhere on the Fife coast.",
        "The producer, Tomas Hedley-Arna, called it a “proper storm picture” as the rain came "
        "down.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Tomas Hedley-Arna"]


def test_a_phrase_whose_sentence_names_its_speaker_is_still_served() -> None:
    found = facts(
        "Day two on the set of The Gullhouse, somewhere on the Fife coast.",
        "Casimir Doyle said the shoot had been “wet and wonderful”.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Casimir Doyle"]
