"""A present "who plays" aside after words of hope or memory ("Netflix wants voters to remember
Ada Vale, who plays Mira, in the supporting races"), on invented text: the aside tells the
casting as fact; a hoped casting ("Fans hope X will play Y") or a hoped aside ("X, who could
play Y") stays untold."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Kellow Down, the wartime drama, is being pushed hard for the spring awards."


def test_an_aside_after_a_hope_is_told() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The streamer wants judges to notice Tamsin Orlo, who plays Gus Penn, in the"
            " supporting categories.",
        )
    )
    assert ("Tamsin Orlo", "Gus Penn") in found, found


def test_a_hoped_casting_stays_untold() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Fans hope Bram Tey will play Wilf Carrow. Others wish Kit Amber, who could play"
            " Nessa Polglase, would sign.",
        )
    )
    assert ("Bram Tey", "Wilf Carrow") not in found, found
    assert ("Kit Amber", "Nessa Polglase") not in found, found
