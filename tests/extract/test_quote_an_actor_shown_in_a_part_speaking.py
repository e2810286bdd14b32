"""Quotes on invented text: an actor shown in the part they play ("X appears as P, telling
him “...”", "X, playing P, has one line. “...”") speaks the part's line in the work, not a
quote of their own. An actor in a part who said something to the press, an actor "who appears
as" a part, and a phrase the actor names ("playing P for what she calls “...”") stay theirs."""

from __future__ import annotations

from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Harrowgate Lane landed on Tuesday."
_TITLE = "Harrowgate Lane trailer: everything we spotted"


def test_an_actor_shown_in_a_part_speaks_the_work_s_line() -> None:
    for line in (
        "Della Forsythe appears as Pim's grandmother, telling him to “keep the lamp lit.”",
        "Della Forsythe, playing Pim's grandmother, has one shot and one line. “Is the kettle "
        "on again?” It lands.",
    ):
        found = facts(_LEDE, "Pim (Arlo Venn) is back at the farm.", line, title=_TITLE)
        assert not [q for q in served_quotes(found) if q[1] == "Della Forsythe"], served_quotes(
            found
        )


def test_an_actor_in_a_part_talking_to_the_press_stays_quoted() -> None:
    found = facts(
        _LEDE,
        "Della Forsythe, playing Pim's grandmother, told us in March: “I loved every cold day "
        "of that shoot.”",
        title=_TITLE,
    )
    assert [q[0] for q in served_quotes(found)] == ["I loved ever"], found.quotes


def test_an_actor_playing_a_part_for_what_she_calls_a_phrase_keeps_it() -> None:
    found = facts(
        _LEDE,
        "Della Forsythe, playing Pim's grandmother for what she calls “the very last time”, is "
        "in the kitchen again.",
        title=_TITLE,
    )
    assert [q.doubt for q in found.quotes] != [LINE_OF_THE_WORK], found.quotes
