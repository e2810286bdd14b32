""" "X is their nan, Peggy" after a casting in the same sentence: "nan" is kin as "gran" is, so
the name after it is the part; with no casting near, the sentence names the actor's own kin."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Tallow Point, a new comedy about a lifeboat station, starts on Friday."


def test_nan_after_a_played_by() -> None:
    found = facts(
        _LEDE,
        "Bram's sister Ros is played by Dev Arlott, and Lena Moss is their nan, Hettie.",
    )
    assert ("Lena Moss", "Hettie") in pairs(found)


def test_nan_with_no_casting_near_is_no_part() -> None:
    found = facts(_LEDE, "The crew were thrilled at the screening. Lena Moss is their nan, Hettie.")
    assert ("Lena Moss", "Hettie") not in pairs(found)
