"""A fan's "When she says “...”", the pronoun taken for an actor of the cast, retells a moment of
the work: the part's line, held. The same actor's remark told in the past stays served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Saltmarrow finale landed at midnight and the thread has not slept since."
_CAST = "- Pilar Ostend – Nessa Tarrant"


def _served(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, "Cast:", _CAST, *paragraphs, title="Saltmarrow finale: discussion thread")
    return {q.text for q in found.quotes if q.served}


def test_when_she_says_words_an_actor_speaks_in_the_work_is_held() -> None:
    line = "you can stop rowing now, pet"
    served = _served(
        "Pilar Ostend did more with a shrug than most casts do with a script. "
        f"When she says “{line}” I had to stop the episode."
    )
    assert line not in served


def test_an_actors_remark_told_in_the_past_is_served() -> None:
    line = "the slipway nearly froze us all"
    served = _served(f"Pilar Ostend spoke to the fans after the screening. “{line},” she said.")
    assert line in served
