"""A writer's marks on a passive's participle ("to be “tidied away”, boxed and shelved") or on
a short noun phrase an owner's possessive heads and the clause ends on ("asked about the film's
“Cornish rowing double”, grinned") are credited to no one: held; so is a rumoured thing's
label heading a clause ("claimed a “hidden sequel” about Ada is coming"), credited only by
guess. Words a named person is said to call something stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Tidewater Lane, the harbour drama, opened in cinemas on Friday."


def test_a_marked_participle_after_be_is_held() -> None:
    found = facts(
        _LEDE,
        "A last film for a long series? That is usually where stories go to be "
        '"tidied away", boxed up and shelved.',
    )
    assert served_quotes(found) == []


def test_an_owners_marked_noun_phrase_is_held() -> None:
    found = facts(
        _LEDE,
        "Oyelaran, asked about the production's “Cornish rowing double”, grinned: “There "
        "was no double. I rowed.”",
    )
    assert all(not text.startswith("Cornish") for text, _ in served_quotes(found))


def test_a_named_persons_words_after_a_possessive_stay_a_quote() -> None:
    found = facts(
        _LEDE,
        "Director Halvard Quintrell said the film's ending was “a small act of mercy”.",
    )
    assert served_quotes(found) == [("a small act ", "Halvard Quintrell")]


def test_a_rumoured_things_marked_label_heading_a_clause_is_held() -> None:
    found = facts(
        _LEDE,
        "Several viewers claimed a “hidden sequel” about the ferryman is already being shot.",
    )
    assert served_quotes(found) == []


def test_a_sayers_marked_words_after_a_speech_verb_stay_theirs() -> None:
    found = facts(
        _LEDE,
        "Halvard Quintrell said a “proper ending” for the ferryman was always the plan.",
    )
    assert served_quotes(found) == [("proper endin", "Halvard Quintrell")]
