""" "Hit" after a channel's name is a noun naming the show ("the BBC hit Marram Point"), not
its release: the day belongs to the sentence's own verb. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[dt.date]:
    found = facts(*paragraphs, date="2026-03-11", title="Marram Point crews arrive in Whitby")
    return {
        r.date for r in found.release if r.served and r.kind.value == "premiere_date" and r.date
    }


def test_a_channel_hit_named_by_its_crews_move_is_no_release() -> None:
    assert not _days(
        "Location crews from the closing instalment of the BBC hit Marram Point pulled into the "
        "harbour car park on Monday morning.",
    )
    assert not _days(
        "Trucks belonging to the feature version of Channel 4 hit Marram Point moved onto the "
        "seafront yesterday (Tuesday).",
    )


def test_the_show_hitting_a_channel_is_still_its_release() -> None:
    assert _days("Marram Point hits Netflix on Monday, and viewers can binge it.") == {
        dt.date(2026, 3, 16)
    }
