""" "An earlier version said A plays Tom's brother, Fergal. He plays his father.": the notice
puts the relation right, not the part's name, so the body's "A plays Tom's father, Fergal"
stands; a body sentence that still gives the withdrawn relation goes with the claim."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Tallow Point, a new drama about a lifeboat station, starts on Friday."
_NOTICE = (
    "Correction: An earlier version of this article said Dev Arlott plays Bram's brother,"
    " Ossie. He plays his father."
)


def test_relation_put_right_keeps_the_part() -> None:
    found = facts(
        _LEDE,
        "Lena Moss plays the coxswain, Bram Teel. Dev Arlott plays his father, Ossie, a fisherman.",
        _NOTICE,
    )
    assert ("Dev Arlott", "Ossie") in pairs(found)


def test_the_withdrawn_relation_still_goes() -> None:
    found = facts(
        _LEDE,
        "Lena Moss plays the coxswain, Bram Teel. Dev Arlott plays his brother, Ossie, a"
        " fisherman.",
        _NOTICE,
    )
    assert ("Dev Arlott", "Ossie") not in pairs(found)
