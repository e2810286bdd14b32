"""A numbered run of the show with its credit, then its release told in the past ("Season three of
the series, directed by X, arrived on Vela in 2024"): that run's maker, not the film's (invented
text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Brackenfall gets a date"


def test_a_numbered_run_already_out_keeps_its_director() -> None:
    found = facts(
        "Brackenfall opens in May.",
        "Season three of the series, directed by Wilma Thrushgate, arrived on Vela in October "
        "2024.",
        title=TITLE,
    )
    assert not credits(found)


def test_a_numbered_run_still_to_come_may_be_ours() -> None:
    found = facts(
        "Brackenfall opens in May.",
        "Season four of the series, directed by Wilma Thrushgate, arrives next year.",
        title=TITLE,
    )
    assert ("director", "Wilma Thrushgate") in credits(found)
