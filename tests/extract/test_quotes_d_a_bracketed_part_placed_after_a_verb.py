"""A part named with its actor in brackets who does something somewhere, then a colon and the
words, in a piece about footage: the work's line, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first trailer for Gannet Row, the BBC drama starring Kestle Trewin, is out."


def test_a_part_leaning_somewhere_before_its_line_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The trailer starts in a storm. Morwen (Kestle Trewin) waits at the harbour wall:"
        " “They are not coming back tonight.”",
    )
    assert not any(q.served and q.text.startswith("They are not coming") for q in found.quotes)


def test_an_actor_speaking_in_a_statement_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "The trailer went up on Monday. Kestle Trewin (BBC Studios) says in a statement:"
        " “We cannot wait for people to see it.”",
    )
    assert any(q.served and q.text.startswith("We cannot wait") for q in found.quotes)
