"""A publication's possessive before its writer ("with Radio Times’ Hollie Dunford"-like: "with
the Harbour Gazette’s Ada Vale") names a journalist, not an actor's part; an actor's possessive
before a part still casts it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copper Bay podcast: the cast on the final series"


def test_an_outlets_writer_is_no_part() -> None:
    for outlet in ("Harbour Gazette", "Tallowick Times", "Screen Journal"):
        found = facts(
            "Copper Bay is back.",
            f"Next week: a Christmas preview with {outlet}’ Ada Vale.",
            f"Next week: a Christmas preview with {outlet}’s Ada Vale.",
            title=_TITLE,
        )
        assert not any(actor == outlet for actor, _ in served_pairs(found)), outlet


def test_an_actors_possessive_still_casts() -> None:
    found = facts(
        "Copper Bay is back.",
        "It is the end of the road for Tom Reed’s Ansel Pike and Ada Vale’s Mira Holt.",
        title=_TITLE,
    )
    assert ("Tom Reed", "Ansel Pike") in served_pairs(found)
