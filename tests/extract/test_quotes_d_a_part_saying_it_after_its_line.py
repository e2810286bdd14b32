"""A line in marks as a sentence of its own, then a part who "says it", in a piece about
footage: the work's line, not a quote; a person who "says it" is left alone."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Gannet Row trailer: six things we spotted"
_LEDE = (
    "The BBC has released the first trailer for Gannet Row, with Kestle Trewin as Morwen Pascoe"
    " and Jago Hendy as Tomas Pascoe."
)


def test_a_part_saying_it_after_the_line_is_not_served() -> None:
    found = facts(
        _LEDE,
        "3. “Nobody leaves this harbour tonight.” Morwen says it to the whole village, soaked"
        " to the skin.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Nobody leaves") for q in found.quotes)


def test_a_person_saying_it_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin was asked about the shoot. “It rained every single day.” Trewin says it"
        " with a grin.",
        title=_TITLE,
    )
    assert any(q.served and q.text.startswith("It rained every") for q in found.quotes)
