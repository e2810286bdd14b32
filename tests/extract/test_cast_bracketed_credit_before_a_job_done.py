"""A writer named with an earlier work in brackets, then the job done on this one ("X
(Harrowgate) has written all eight episodes", invented): the bracket is a credit, not a part,
so the pair is held; an actor and part in brackets before a casting verb are still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_bracketed_earlier_work_before_has_written_is_no_part() -> None:
    found = served_pairs(
        facts(
            "Channel 4 orders a Fife-set crime drama, Cold Haar.",
            "Morven Teale (Harrowgate) has written all eight episodes.",
        )
    )
    assert ("Morven Teale", "Harrowgate") not in found


def test_an_actor_and_part_in_brackets_before_a_casting_stay() -> None:
    found = served_pairs(
        facts(
            "Channel 4 orders a Fife-set crime drama, Cold Haar.",
            "The series follows Elspeth Crane (Morven Teale), a detective back in her home town.",
        )
    )
    assert ("Morven Teale", "Elspeth Crane") in found
