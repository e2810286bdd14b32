"""A casting in another work's adaptation told with its year ("was adapted for ITV in 2017
with A as P") is held; one in our production's recent adaptation stays served (invented)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tillow Marsh, a six-part drama for BBC One, starts filming next month."


def test_an_adaptation_years_ago_is_another_works() -> None:
    found = facts(
        _LEDE,
        "Her 2012 novel The Salt Gate was adapted for ITV in 2019 with Brenna Coyle as Orlan "
        "Vesk, and was a quieter thing.",
        date="2026-06-02",
        title="Tillow Marsh: everything we know",
    )
    assert ("Brenna Coyle", "Orlan Vesk") not in served_pairs(found)
