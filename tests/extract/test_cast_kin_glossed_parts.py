"""A casting that glosses another part by a name ("as Mira's flatmate X") makes that name a
part; only kin or a companion after the possessive does, never any word ("as Mira's new car")."""

from __future__ import annotations

from bot.extract.castdirection import is_part


def test_a_part_glossed_by_kin_after_the_possessive_makes_the_name_a_part() -> None:
    text = "Drogo Paskett joins as Ysmay's younger brother, Tam Valtinen."
    assert is_part("Ysmay Corrifer", text)


def test_any_other_word_after_the_possessive_makes_no_part() -> None:
    text = "Drogo Paskett arrives as Ysmay's new car is towed away."
    assert not is_part("Ysmay Corrifer", text)
