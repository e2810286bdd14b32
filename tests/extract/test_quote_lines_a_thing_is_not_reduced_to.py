"""Quotes on invented text: a phrase in marks that a thing is said not to be reduced to ("a
part that isn't just “standing by the door in the back”") is the writer's gloss, nobody's
words, and never served; words a person is named to say after "not just" stay theirs."""

from __future__ import annotations

from bot.extract import extract_facts
from tests.extract.helpers import article

_LEDE = "Harrowgate, the fenland drama from Corvid Pictures, returns to Vireo on 4 May."


def _served(sentence: str) -> dict[str, str]:
    """Served quotes, words to speaker, of an invented post about Harrowgate."""
    found = extract_facts(
        article(_LEDE, "Ada Vale plays Dessa Marr.", sentence, date="2026-03-02", title="Thread")
    )
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_phrase_a_part_is_not_reduced_to_is_not_served() -> None:
    for sentence in (
        "Dessa finally getting a storyline that isn't just “standing by the door in the back” "
        "is the real win.",
        "Her arc is no longer only ‘pouring the tea for the men’ and it shows.",
        "This season Dessa is more than just “the ferry pilot who nods” at last.",
    ):
        served = _served(sentence)
        assert not any(text.islower() for text in served), sentence


def test_a_persons_words_after_not_just_stay_theirs() -> None:
    served = _served("Ada Vale said the part is “not just a ferry pilot, she runs the fen.”")
    assert served.get("not just a ferry pilot, she runs the fen.") == "Ada Vale"
