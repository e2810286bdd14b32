"""A pronoun after a clause whose subject is a description and the full name set beside it ("A
new face, Ada Vale, plays his sister; she calls ...") stands for that name, not for someone
named in the sentence before."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming has begun on Saltwick, a new drama starring Ines Corr and Bram Tolley."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_the_name_beside_a_new_face_is_the_pronoun_in_its_own_sentence() -> None:
    found = _speakers(
        "Corr, who plays the harbourmaster, is in waders. A new face, Petra Lund, plays her "
        'niece; she describes the set as "wildly cold".'
    )
    assert found["wildly cold"] == ("Petra Lund", SourceKind.PERSON)


def test_the_name_beside_a_newcomer_is_the_pronoun_of_the_next_sentence() -> None:
    found = _speakers(
        "Tolley, who plays the ferryman, is eating soup. An unfamiliar face, Dara Pennick, "
        'joins as his brother. He calls the cast "alarmingly kind".'
    )
    assert found["alarmingly k"] == ("Dara Pennick", SourceKind.PERSON)


def test_a_name_set_beside_with_a_conjunction_is_not_the_subject() -> None:
    found = _speakers(
        "Corr, who plays the harbourmaster, arrives early. A driver, and Petra Lund, wait by "
        'the van. "We start at six," Corr says.'
    )
    assert found.get("We start at ") == ("Ines Corr", SourceKind.PERSON)
