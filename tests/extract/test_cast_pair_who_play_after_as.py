"""A pair of actors told by its own "who play" clause after a conjunction's "as" ("fans waited
as A and B, who play X and Y, filmed") is a respective casting, and the place before "as" is
never an actor."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Lantern Bay films in Whitby"


def test_a_pair_who_play_after_a_crowd_waited_as() -> None:
    found = facts(
        "Lantern Bay is filming in Whitby this week.",
        "Fans waited on Mill Lane on Monday as Ada Brennock and Tom Vesey, who play Lila Marsh "
        "and Oren Pike, filmed a scene outside the bakery.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert {("Ada Brennock", "Lila Marsh"), ("Tom Vesey", "Oren Pike")} <= served
    assert not any(actor == "Mill Lane" for actor, _ in served)


def test_a_pair_who_portray_after_the_rain_began_as() -> None:
    found = facts(
        "Lantern Bay is filming in Whitby this week.",
        "The rain began just as Nell Ashdown and Piers Okafor-Lund, who portray Wren Tally and "
        "Abel Crane, reached the harbour wall.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert {("Nell Ashdown", "Wren Tally"), ("Piers Okafor-Lund", "Abel Crane")} <= served


def test_a_part_after_as_is_still_no_actor_without_the_clause() -> None:
    found = facts(
        "Lantern Bay is filming in Whitby this week.",
        "Ada Brennock is back as Lila Marsh and Tom Vesey as Oren Pike.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert {("Ada Brennock", "Lila Marsh"), ("Tom Vesey", "Oren Pike")} <= served
    assert not any(actor == "Lila Marsh" for actor, _ in served)
