"""A casting its own sentence says was left out of the confirmed names ("X, who plays Y, was not
among the names confirmed") is held, not served: the article does not know. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = "The Brannoch film has started shooting, the studio said on Monday."


def test_a_part_not_among_the_names_confirmed_is_held() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick and Perrin Mawle return as Tamsin Quell and Lowry Dunmarsh.",
        "Odile Ferracane, who plays Tamsin's aunt, was not among the names confirmed this "
        "afternoon.",
    )
    assert ("Odile Ferracane", "Tamsin's aunt") not in served_pairs(found)
    assert ("Odile Ferracane", "Tamsin's aunt") in held_pairs(found)
    assert ("Ysolde Carrick", "Tamsin Quell") in served_pairs(found)


def test_a_confirmed_part_is_served() -> None:
    found = facts(
        _LEDE,
        "Odile Ferracane, who plays Hal Pettigrove, was among the names confirmed this afternoon.",
    )
    assert ("Odile Ferracane", "Hal Pettigrove") in served_pairs(found)
