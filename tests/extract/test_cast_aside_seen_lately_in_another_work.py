"""An aside on when the actor was last seen elsewhere ("X, seen last year in Z as W, is cast as
Y"): the part after the aside is ours; the part inside it is the other work's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Rowing drama adds three to its cast"


def test_seen_last_year_in_a_work_as_a_part_then_cast_as() -> None:
    found = facts(
        "The film adds three names. Aron Vaszary, seen last year in the ITV drama ‘Marl Water’ "
        "as the sullen ferryman Kit Drury, is cast as Petr Hollan, captain of the rowing club.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Aron Vaszary", "Petr Hollan") in served
    assert ("Aron Vaszary", "Kit Drury") not in served


def test_seen_this_spring_in_a_work_then_will_play() -> None:
    found = facts(
        "The film adds three names. Nell Orrin, seen this spring in the comedy Brass Tacks, "
        "will play Dora Penhale.",
        title=_TITLE,
    )
    assert ("Nell Orrin", "Dora Penhale") in served_pairs(found)


def test_seen_last_summer_on_stage_then_joins_as() -> None:
    found = facts(
        "The film adds three names. Caspar Lune, seen last summer on stage at the Old Vic, "
        "joins as Hal Brackley.",
        title=_TITLE,
    )
    assert ("Caspar Lune", "Hal Brackley") in served_pairs(found)
