"""A part's surname that is also a plain word ("Frost", "Marsh"), opening a quotation or a
sentence, on invented text: there it may be the word, not a person called by the surname, so it
does not make the part's side of "Part Name (Actor Name)" the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Velvet Reel has cast Orla Penhallow in its winter drama The Pale Harbour."


def test_a_plain_word_opening_a_quote_calls_no_one() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Penhallow will play Greta Lind, a ferry pilot whom Milo Frost (Dorian Kell) rescues"
            " from a storm.",
            "The shoot begins in a week of hard frost on the coast.",
            "“Frost is the whole look of it,” the producer said.",
        )
    )
    assert ("Dorian Kell", "Milo Frost") in found, found
    assert ("Milo Frost", "Dorian Kell") not in found, found


def test_a_surname_opening_a_sentence_still_calls_the_actor() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Penhallow will play Greta Lind, with Dorian Kell (Milo Frost) as a rescuer.",
            "Kell said the script had won him over.",
        )
    )
    assert ("Dorian Kell", "Milo Frost") in found, found
