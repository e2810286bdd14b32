"""Two unknown full names as "Name (Name)" before "was photographed": the outer one is the
actor, since a camera on set sees the person, never the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Rain Hollow cameras roll in Whitby"
LEDE = "Filming on Rain Hollow began in Whitby on Monday."


def test_an_actor_then_a_part_in_brackets_was_photographed() -> None:
    found = facts(
        LEDE,
        "Fans saw Tom Reel, who plays Dan Ashe, on the pier, while Ada Penn (Kay Lark) was "
        "photographed buying chips.",
        title=TITLE,
    )
    assert ("Ada Penn", "Kay Lark") in pairs(found)
    assert ("Kay Lark", "Ada Penn") not in pairs(found)


def test_an_actor_then_a_part_in_brackets_was_pictured() -> None:
    found = facts(
        LEDE, "Ben Crale (Len Vantry) was pictured outside the lifeboat station.", title=TITLE
    )
    assert ("Ben Crale", "Len Vantry") in pairs(found)
    assert ("Len Vantry", "Ben Crale") not in pairs(found)


def test_a_part_then_its_actor_seen_in_a_trailer_keeps_its_order() -> None:
    found = facts(
        LEDE,
        "In the new trailer, Kay Lark (Ada Penn) was seen running along the harbour.",
        title=TITLE,
    )
    assert ("Ada Penn", "Kay Lark") in pairs(found)
