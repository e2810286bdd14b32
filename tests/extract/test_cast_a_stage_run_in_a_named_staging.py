"""A run as a part in a named staging ("who finished a run as X in a West End Hamlet") is a
theatre's part, not the screen work's; a part the same actor plays in the work is kept.
Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film has started shooting, the studio said on Monday."


def test_a_run_in_a_named_staging_is_not_a_part_of_the_work() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick plays Tamsin Quell in the film.",
        "Perrin Mawle, who lately ended a run as Prospero in a Broadway Tempest, plays Lowry "
        "Dunmarsh.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Prospero") not in served
    assert ("Ysolde Carrick", "Tamsin Quell") in served


def test_a_run_in_the_touring_staging_is_not_a_part_of_the_work() -> None:
    found = facts(
        _LEDE,
        "Perrin Mawle, fresh from a run as Prospero in the touring production, joins the cast.",
    )
    assert ("Perrin Mawle", "Prospero") not in served_pairs(found)
