"""Quotes and their speakers on invented text: a prize or an award category is no one who
speaks; a jury's citation after "The X prize went to ..." is never credited to the prize."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = "Quiet Marsh, a four-part drama, closed the Saltmere festival on Sunday."


def _speakers(sentence: str) -> set[str]:
    found = facts(_OPENING, sentence, date="2026-04-01", title="Quiet Marsh closes Saltmere")
    return {q.speaker for q in found.quotes if q.served}


def test_a_prize_never_speaks() -> None:
    for sentence in (
        "The Grand Prize went to ‘Salt Window’, the debut from director Halvard Undset. "
        "The jury called it “a patient and generous piece of work”.",
        "The Best Debut prize went to ‘Salt Window’. The jury called it “a patient and "
        "generous piece of work”.",
        "The Audience Award went to ‘Salt Window’. The judges described it as “the bravest "
        "debut of the year”.",
    ):
        speakers = _speakers(sentence)
        assert not speakers & {"Grand Prize", "Best Debut", "Audience Award"}, sentence


def test_a_person_named_before_a_prize_still_speaks() -> None:
    speakers = _speakers(
        "Director Halvard Undset won the Grand Prize. “I did not expect it,” Undset said."
    )
    assert speakers == {"Halvard Undset"}
