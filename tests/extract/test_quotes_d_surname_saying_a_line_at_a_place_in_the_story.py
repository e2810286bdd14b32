"""A fan's verbless "Surname saying “...” in the garden." gives a part's line in the work, as the
full name does; the same surname saying words at an event off screen keeps them a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Saltmarrow finale landed at midnight and the thread has not slept since."
_CAST = "Pilar Ostend plays the harbourmaster Nessa Tarrant in the film."


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, _CAST, *paragraphs, title="Saltmarrow finale: discussion thread")
    return {q.text for q in found.quotes if q.served}


def test_a_surname_saying_words_at_a_place_in_the_story_is_held() -> None:
    line = "the tide keeps nobody, not even you"
    served = _served(f"Ostend saying “{line}” on the slipway. I have not recovered.")
    assert line not in served


def test_a_surname_saying_words_at_an_event_keeps_the_quote() -> None:
    line = "we filmed the slipway in one freezing night"
    served = _served(f"Ostend saying “{line}” at the premiere. What a woman.")
    assert line in served
