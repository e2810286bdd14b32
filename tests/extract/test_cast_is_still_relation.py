"""An actor who "is still" someone's relation named as a part keeps that part, as "is" does:
"X is still Tom's best friend Juno"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_still_a_best_friend() -> None:
    found = facts(
        "Copper Bay reshoots: what we know.",
        "Happily, Edda Marlowe is still Tom's best friend Juno.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)


def test_still_a_grandfather_with_a_comma() -> None:
    found = facts(
        "Harrow Lane: the cast so far.",
        "Tobias Hale is still Ivy's grandfather, Cornelius, in the new draft.",
    )
    assert ("Tobias Hale", "Cornelius") in served_pairs(found)
