"""Quotes on invented text: a word or two in marks after a preposition and an owner's pronoun
("protective of her “Harbour boys”"), credited to no one, is the writer's label for the owner's
people, held; a judgement after "called her" is someone's words about her, and stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Nell Corrie threw a wrap party for the cast of Harbour Road on Saturday night."


def test_a_label_owned_after_a_preposition_is_held() -> None:
    found = facts(
        _LEDE,
        "The actress, 58, is famous for her stage work, but pals say she is fonder of her"
        " “Harbour boys” than of any award.",
        date="2026-07-06",
    )
    assert not any(text.startswith("Harbour boys") for text, _ in served_quotes(found))


def test_a_judgement_of_her_stays_the_judges() -> None:
    found = facts(
        _LEDE,
        "Her co-star Ivo Marsh, who plays her son, calls her “frighteningly kind”.",
        date="2026-07-06",
    )
    assert any(
        text.startswith("frightening") and speaker == "Ivo Marsh"
        for text, speaker in served_quotes(found)
    ), served_quotes(found)
