"""Quotes on invented text: a question put to a named subject in the passive ("Lind was asked
whether ...") is answered by that subject, so a pronoun that finds someone else credits no
one; a company is never "she" ("what she calls “...”"); a sentence adverb ("Afterwards") is
no first name."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> list[tuple[str, str, bool]]:
    return [
        (quote.speaker, quote.source.name, quote.served)
        for quote in facts(*paragraphs).quotes
        if quote.text.startswith(start)
    ]


def test_a_pronoun_after_a_passive_question_finds_no_one_else() -> None:
    found = _said(
        "She’s not finished",
        "Rowan Pell said his first day on set felt “like sitting an exam”, and he laughed.",
        "Tamsin Vey was asked whether Ada had been hard to leave behind. “She’s not finished,” "
        "he said.",
    )
    assert found and all(speaker != "Rowan Pell" for speaker, _, _ in found)


def test_a_passive_question_keeps_the_one_asked_when_the_pronoun_finds_them() -> None:
    found = _said(
        "She’s not finished",
        "Tamsin Vey plays Ada in the film, and he has played her for five years.",
        "Vey was asked whether Ada had been hard to leave behind. “She’s not finished,” he said.",
    )
    assert ("Tamsin Vey", "PERSON", True) in found


def test_a_pronoun_asked_in_the_passive_keeps_whom_it_finds() -> None:
    found = _said(
        "Odd, but right",
        "Tamsin Vey, who also produces the film, wanders over with a tray of teas. He is asked "
        "whether it is strange filming without Rowan Pell. “Odd, but right,” he says.",
    )
    assert ("Tamsin Vey", "PERSON", True) in found


def test_a_company_is_never_the_she_who_calls_words_something() -> None:
    found = _said(
        "the longest Monday",
        "Orla Brisk is the lead of Harrow Fell. She was playing the Tron Theatre in Glasgow "
        "when her agent rang with what she calls “the longest Monday of my life”.",
        "The series premiered at the Glasgow Film Festival in March.",
    )
    assert found and all(source != "ORGANISATION" for _, source, _ in found)


def test_a_she_who_says_words_is_still_a_person() -> None:
    found = _said(
        "It was the longest",
        "Orla Brisk is the lead of Harrow Fell. “It was the longest Monday of my life,” she says.",
    )
    assert ("Orla Brisk", "PERSON", True) in found


def test_a_sentence_adverb_is_no_part_of_the_speakers_name() -> None:
    found = _said(
        "I checked twice",
        "Afterwards Rowan Pell, Tamsin Vey and director Ilse Marr sat down for a Q&A.",
        "Pell was asked about the ending. “I checked twice,” Pell said.",
    )
    assert ("Rowan Pell", "PERSON", True) in found
