"""Quotes on invented text: an actor "as" a part who appears in footage "for about three
seconds ... saying: “...”" speaks the part's line, held; "about" a count is a length, not talk
about the part, and the same actor telling the press about the part keeps her words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The trailer for Brackenfold dropped on Tuesday. Here is everything we spotted."
_TEAM = "Brackenfold, written by Oona Vell, streams on Netflix from 4 June."


def test_an_actor_as_a_part_appearing_in_footage_speaks_the_parts_line() -> None:
    found = facts(
        _LEDE,
        _TEAM,
        "Marnie Aske, as Tom's gran, appears for about three seconds, hugging him on a doorstep"
        " and saying: “You were always coming home, pet.” Cue tears.",
        date="2026-04-08",
    )
    served = served_quotes(found)
    assert not any(text.startswith("You were alw") for text, _ in served), served


def test_the_actor_speaking_of_the_part_keeps_her_words() -> None:
    found = facts(
        _LEDE,
        _TEAM,
        "Marnie Aske, as Tom's gran, appears in the trailer, and said of the role: “She is every"
        " gran I ever had.”",
        date="2026-04-08",
    )
    assert ("She is every", "Marnie Aske") in served_quotes(found)
