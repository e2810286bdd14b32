"""Release: a shoot's verb with its noun straight before the date ("began filming May 4"), a
planned start with its place before the day ("is set to begin in North Wales on 2 May"), and
"has yet to date the film"; kinds of failure met in blind batches 14 and 15, each on invented
text (none of their names)."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _release(sentence: str, date: str = "2025-08-19") -> list[tuple[str, object]]:
    found = facts("Lantern Bay: the film", sentence, date=date, title="Lantern Bay: the film")
    return [(r.kind.value, r.date or r.window) for r in found.release if r.served]


def test_a_shoot_verb_and_its_noun_straight_before_the_date() -> None:
    assert _release("The drama began filming June 2 in Cornwall.") == [
        ("filming_started", dt.date(2025, 6, 2))
    ]
    assert _release("The series wrapped production August 8 after ten weeks.") == [
        ("filming_wrapped", dt.date(2025, 8, 8))
    ]


def test_a_planned_start_with_its_place_before_the_day() -> None:
    assert _release("Filming is due to start in North Wales on 2 November.") == [
        ("filming_planned", dt.date(2025, 11, 2))
    ]
    assert _release("Shooting is scheduled to begin at Pinebrook Studios on Sept. 29.") == [
        ("filming_planned", dt.date(2025, 9, 29))
    ]


def test_yet_to_date_the_film_is_no_date_announced() -> None:
    for sentence in (
        "The streamer has yet to date the film.",
        "Apex is yet to date the series, though a spring launch is rumoured.",
    ):
        assert ("not_announced", None) in _release(sentence), sentence
