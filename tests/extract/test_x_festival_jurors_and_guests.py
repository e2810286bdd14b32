"""A festival blog's jury chair ("headed by the Norwegian director X") and masterclass
guest by trade ("a masterclass with the Belgian editor X") are no credits (invented text)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_LEDE = "Gullwater Forever, the Netflix film directed by Juno Pell, arrives on 17 April."


def _served_crew(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served}


def test_a_jurys_chair_and_a_masterclass_guest_are_no_credits() -> None:
    found = facts(
        _LEDE,
        "Mira Oduwole looks like a contender if the jury, chaired this year by the Norwegian "
        "director Torvald Aasgard, likes its performances frozen.",
        "Tomorrow: a masterclass with the Belgian editor Maren Vandermaelen.",
        date="2026-02-14",
    )
    assert {"Torvald Aasgard", "Maren Vandermaelen"}.isdisjoint(_served_crew(found))
