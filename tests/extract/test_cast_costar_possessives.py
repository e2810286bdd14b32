"""A co-star's part by its actor's possessive after "opposite" or "alongside" ("plays Mira
opposite Tom Reed’s Kit Hale"): Tom Reed plays Kit Hale."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Harrowfield returns to the BBC this spring."


def test_opposite_a_costars_part() -> None:
    found = facts(
        _LEDE,
        "Sollis, who has played Kit opposite Rosa Pennick’s Ida Marlow since 2022, said it was "
        "time to go.",
        "Opposite Ben Sollis's Kit Hale, she found a new softness.",
    )
    assert ("Rosa Pennick", "Ida Marlow") in served_pairs(found)
    assert ("Ben Sollis", "Kit Hale") in served_pairs(found)


def test_alongside_a_costars_part() -> None:
    found = facts(
        _LEDE,
        "Pennick, who returns alongside Aled Morrow’s Finn Tate in the finale, said she cried.",
    )
    assert ("Aled Morrow", "Finn Tate") in served_pairs(found)
