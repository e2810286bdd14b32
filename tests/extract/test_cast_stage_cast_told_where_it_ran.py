"""A screen work's stage original told with its own cast after ", where": "began life as a stage
play, first performed at the Lyric in 2019, where Nell was played by X" is the play's cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_stage_plays_cast_after_where_is_dropped() -> None:
    found = facts(
        "The series stars Wrenna Collis as Ysolde Marr and Lowen Fitch as Ludo Pennick.",
        "Brannock Tide began life as a stage play, first performed at the Lyric in 2019, where "
        "Ysolde was played by Jessamy Kell and Ludo by Orrin Taft.",
        title="Brannock Tide lands on Netflix",
    )
    served = served_pairs(found)
    assert ("Wrenna Collis", "Ysolde Marr") in served
    assert not any(actor in {"Jessamy Kell", "Orrin Taft"} for actor, _ in served)
