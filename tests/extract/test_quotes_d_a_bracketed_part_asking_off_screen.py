"""A part named with its actor in brackets who speaks "off screen" set off by commas, in a piece
about footage: the work's line, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first trailer for Gannet Row, the BBC drama starring Kestle Trewin, is out."


def test_a_part_asking_off_screen_between_commas_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The trailer starts on a packed car. Morwen (Kestle Trewin) asks, off screen,"
        " “Are you ever going to ring me?” Then the music kicks in.",
    )
    assert not any(q.served and q.text.startswith("Are you ever going") for q in found.quotes)


def test_an_actor_speaking_in_a_statement_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "The trailer went up on Monday. Kestle Trewin (BBC Studios) says in a statement:"
        " “We cannot wait for people to see it.”",
    )
    assert any(q.served and q.text.startswith("We cannot wait") for q in found.quotes)
