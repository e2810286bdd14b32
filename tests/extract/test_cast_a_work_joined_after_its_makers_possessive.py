"""A work someone joined, owned by its studio, is no actor: "joined Vantor's Pewter Acre as"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_studios_title_after_joined_is_no_actor() -> None:
    found = facts(
        "Ada Penn will play DS Kay Lark in Rain Hollow, the BBC's new thriller.",
        "In 2023 she joined Vantor's Pewter Acre as the mysterious Warden opposite Tom Reel.",
    )
    assert ("Pewter Acre", "Warden") not in pairs(found)
    assert ("Ada Penn", "DS Kay Lark") in pairs(found)


def test_a_studios_kind_of_work_after_joins_is_no_actor() -> None:
    found = facts(
        "Ada Penn will play DS Kay Lark in Rain Hollow, the BBC's new thriller.",
        "Next year she joins Orbis's comedy series Tin Lid as a harried vicar.",
    )
    assert not any(actor.startswith(("Tin Lid", "Orbis")) for actor, _ in pairs(found))


def test_a_person_after_joined_is_left_alone() -> None:
    found = facts("Ada Penn joined Rain Hollow as DS Kay Lark, the BBC said on Monday.")
    assert ("Ada Penn", "DS Kay Lark") in pairs(found)
