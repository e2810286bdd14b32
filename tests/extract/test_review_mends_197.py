"""Review mends of round 197, on invented text."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts

_ISLAND_LEDE = "Brackwater returns for a second series tonight, with a new vicar on the island."
_ISLAND_TITLE = "Brackwater series two review"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Orrow, played by Kestel Vayne, doesn’t return Gideon’s letters all winter.",
        "Tamsin Orrow, played by Kestel Vayne, will not return the borrowed lantern.",
        "Tamsin Orrow, played by Kestel Vayne, does not return home for the christening.",
    ],
)
def test_a_part_not_returning_something_in_the_plot_is_still_current(sentence: str) -> None:
    found = facts(_ISLAND_LEDE, sentence, title=_ISLAND_TITLE)
    assert {(c.actor, c.status) for c in found.cast} == {("Kestel Vayne", CastStatus.CURRENT)}


def test_a_part_not_returning_at_the_clause_end_is_former() -> None:
    found = facts(
        _ISLAND_LEDE,
        "Tamsin Orrow, played by Kestel Vayne, won’t be back, and the vicarage stands empty.",
        title=_ISLAND_TITLE,
    )
    assert {(c.actor, c.status) for c in found.cast} == {("Kestel Vayne", CastStatus.FORMER)}
