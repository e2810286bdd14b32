"""Quotes on invented text: inside an edited Q&A, a statement put to the guest ("The cast is
mostly newcomers.") is answered by the next paragraph when it takes the statement up ("It is.
...") even when another statement, not a question, follows; a paragraph merely opening on "I"
(the writer's narration opens so too) or taking nothing up is no answer."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "‘The tide set the schedule’: Oriel Santangelo-Webb on Marrowgate"
_LEDE = "Oriel Santangelo-Webb, who leads the coastal thriller Marrowgate, talks about the shoot."
_NOTE = "This interview has been edited for length."
_OPENING = (
    "Where did you film?",
    "On a causeway in Northumberland. The tide set the schedule, so we worked odd hours.",
)
_CLOSING = (
    "What are you doing next?",
    "Sleeping, mostly. Then a radio play in the autumn.",
)


def _qa(*middle: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, _NOTE, *_OPENING, *middle, *_CLOSING, title=_TITLE)
    return set(served_quotes(found))


def test_statements_in_turn_are_answered_when_taken_up_and_not_on_an_i_alone() -> None:
    served = _qa(
        "The cast is mostly newcomers.",
        "It is. Half of them had never been on a set, and they carried the whole thing.",
        "Viewers will compare it to older island mysteries.",
        "I grew up on those, but ours is colder and stranger.",
    )
    assert ("It is. Half ", "Oriel Santangelo-Webb") in served, served
    assert all(not text.startswith("I grew up") for text, _ in served), served


def test_a_paragraph_that_takes_nothing_up_is_no_answer() -> None:
    served = _qa(
        "The cast is mostly newcomers.",
        "Several of them were found at a school in Berwick, the producers say.",
        "Viewers will compare it to older island mysteries.",
        "Marrowgate runs for six episodes and arrives in the spring.",
    )
    assert all(not text.startswith(("Several", "Marrowgate")) for text, _ in served), served
