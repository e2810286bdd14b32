"""Quotes on invented text: a sentence whose named people are told of through the teller's own
aside ("Ada Vale plays Wren, and both, she says, learned ...") names whom she tells of, never
her: the next "“...,” she says" goes past them to the teller; without the aside, the named
subject keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The sound recordist behind Gull Harbour on taping waves at four in the morning."
_FIRST = (
    "Maelle Osterby has recorded sound for eleven features. Osterby kept the gulls but cut the"
    " engines. “The harbour is quieter now,” she says."
)


def test_a_quote_after_a_tellers_aside_is_the_tellers() -> None:
    found = facts(
        _LEDE,
        _FIRST,
        "Nora Pike plays Ellen and Ruth Callow plays Jo, and both, she says, learned to whisper"
        " their lines on a windy pier. “We had six takes before the tide turned,” she says.",
        date="2026-05-04",
        title="Gull Harbour: Maelle Osterby on the sound of the sea",
    )
    served = served_quotes(found)
    assert ("We had six t", "Maelle Osterby") in served, served
    assert ("We had six t", "Nora Pike") not in served, served


def test_a_quote_after_a_plain_subject_is_still_the_subjects() -> None:
    found = facts(
        _LEDE,
        _FIRST,
        "Nora Pike plays Ellen, and learned to whisper her lines on a windy pier. “We had six"
        " takes before the tide turned,” she says.",
        date="2026-05-04",
        title="Gull Harbour: Maelle Osterby on the sound of the sea",
    )
    served = served_quotes(found)
    assert ("We had six t", "Nora Pike") in served, served


def test_an_aside_after_another_subject_may_be_the_subjects_own() -> None:
    found = facts(
        _LEDE,
        "Maelle Osterby has recorded sound for eleven features.",
        "Opening the screening, Nora Pike thanked the crowd, many of whom, she pointed out, had"
        " queued since dawn. “You waited in the rain for us,” she said.",
        date="2026-05-04",
        title="Gull Harbour: the premiere",
    )
    served = served_quotes(found)
    assert ("You waited i", "Nora Pike") in served, served
