"""A Q&A whose headline names no one: the guest is the one the introduction says the writer
spoke to ("We spoke to the show's composer, X, ..."); with two people named so, no one is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "‘The sea did half the work’: scoring Gannet Row"
_LEDE = "The composer of Gannet Row on building a score from the sound of one harbour."
_Q_AND_A = (
    "How did you start?",
    "I recorded the harbour at night and built everything from that hiss.",
    "What was hardest?",
    "The final episode. I rewrote the last cue nine times.",
    "What is next for you?",
    "A stage play in Hull, and then a long sleep, I hope.",
)


def _served(intro: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, intro, *_Q_AND_A, date="2026-03-02", title=_TITLE))


def test_the_guest_the_writer_spoke_to_answers() -> None:
    found = _served(
        "Gannet Row ended on Sunday. We spoke to the show's composer, Kestle Trewin, whose"
        " credits include two BBC thrillers, about the score. This interview has been edited"
        " for length."
    )
    assert ("I recorded t", "Kestle Trewin") in found, found
    assert ("The final ep", "Kestle Trewin") in found, found


def test_two_people_spoken_to_name_no_guest() -> None:
    found = _served(
        "Gannet Row ended on Sunday. We spoke to Kestle Trewin and we spoke to Odile Marsh-Penn"
        " about the score. This interview has been edited for length."
    )
    assert not [s for t, s in found if t.startswith("I recorded")], found
