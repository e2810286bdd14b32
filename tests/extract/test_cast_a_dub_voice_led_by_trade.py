"""A dub's voice led by its trade ("The Italian dub features voice actor X as Y and Z as W") names
who speaks the part in another language, not the work's cast; the work's own cast beside it is
kept. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film opens in Italy this week, the studio said on Monday."


def test_a_dub_list_led_by_a_trade_is_not_the_cast() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick plays Tamsin Quell in the film.",
        "The Italian dub features voice actor Odile Ferracane as Tamsin and Perrin Mawle as "
        "Lowry, both returning from the first film.",
    )
    served = served_pairs(found)
    assert not any(actor in {"Odile Ferracane", "Perrin Mawle"} for actor, _ in served)
    assert ("Ysolde Carrick", "Tamsin Quell") in served


def test_the_works_own_list_led_by_a_trade_is_kept() -> None:
    found = facts(
        _LEDE,
        "The film features actor Odile Ferracane as Tamsin Quell and Perrin Mawle as Lowry "
        "Dunmarsh.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found)
