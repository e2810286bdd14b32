"""A word before "actor" ("Cork actor Ness Quarrow") in a sentence that then casts that actor as
another part ("... with a new part as Bryn Aske") says where the actor is from: it is held, never
served; the same part before and after stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_TITLE = "The Tallow Coast: first look at season two"
_LEDE = "The second season of The Tallow Coast arrives on Vela in May."


def test_a_place_before_actor_is_no_part_when_the_sentence_casts_another() -> None:
    found = facts(
        _LEDE,
        "Cork actor Ness Quarrow is back in the new series, with a new part as Bryn Aske.",
        title=_TITLE,
    )
    assert ("Ness Quarrow", "Cork") not in served_pairs(found)
    assert ("Ness Quarrow", "Cork") in held_pairs(found)


def test_a_part_before_actor_with_the_same_part_after_stays_served() -> None:
    found = facts(
        _LEDE,
        "Bryn actor Ness Quarrow returns as Bryn Aske for the second season.",
        "Bryn is a ferry pilot.",
        title=_TITLE,
    )
    assert ("Ness Quarrow", "Bryn Aske") in served_pairs(found)


def test_a_casting_in_another_actors_who_clause_leaves_the_part() -> None:
    found = facts(
        _LEDE,
        "Bryn actor Ness Quarrow and Pell Vantor, who plays Tamber Aske, were on set.",
        "Bryn is a ferry pilot.",
        title=_TITLE,
    )
    assert ("Ness Quarrow", "Bryn") in served_pairs(found)
