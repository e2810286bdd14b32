"""An aside on the actor's career or on how good they are, between the name and the part's verb
("X, so good as the widow in “Cinder Hill”, plays Y"; "X, in her first stage role in years,
plays Y"; "X, last seen as a sailor in “Gull Rock”, is Edda's brother Y"): the part is X's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Harrowfield returns to the BBC this spring."


def test_praise_aside_before_plays() -> None:
    found = facts(
        _LEDE,
        "Petra Quenby-Vale, so good as the lost daughter in last year’s “Cinder Hill”, plays "
        "the inspector Edda Marlow, who comes home to bury her father.",
        "Jonah Ruskett, just as brilliant in “Low Fell”, plays her deputy, Aled Morrow.",
    )
    assert ("Petra Quenby-Vale", "Edda Marlow") in served_pairs(found)
    assert ("Jonah Ruskett", "Aled Morrow") in served_pairs(found)


def test_first_role_in_years_before_plays() -> None:
    found = facts(
        _LEDE,
        "Rosa Pennick, in her first television role in a decade, plays the matriarch Ida Marlow.",
        "Ben Sollis, in his first screen part since 2019, plays Kit Hale.",
    )
    assert ("Rosa Pennick", "Ida Marlow") in served_pairs(found)
    assert ("Ben Sollis", "Kit Hale") in served_pairs(found)


def test_last_seen_aside_before_is_a_relation() -> None:
    found = facts(
        _LEDE,
        "Tomas Ebberly, last seen as a sailor in “Gull Rock”, is Edda’s brother Caspar Marlow, "
        "the heir who loses it all.",
    )
    assert ("Tomas Ebberly", "Caspar Marlow") in served_pairs(found)


def test_aside_naming_a_part_elsewhere_is_not_ours() -> None:
    found = facts(
        _LEDE,
        "Petra Quenby-Vale, so good as Ines Crowe in “Cinder Hill”, was at the launch.",
    )
    assert not any(actor == "Petra Quenby-Vale" for actor, _ in served_pairs(found))
