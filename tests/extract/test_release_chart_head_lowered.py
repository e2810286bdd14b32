"""A chart report whose headline ranks two works: the body's paragraph that gives the lower
one its place tells that work's dates, not the film's, though the headline names both. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_DATE = "2026-06-24"


def test_the_lower_works_paragraph_keeps_its_dates() -> None:
    found = release_kinds(
        "Harbour Lights is still the most-watched title on streaming.",
        "The six-part drama dropped in full on Lumen on June 5.",
        "In third place, Lumen’s Night Ferry rose from sixth with 900 million minutes. "
        "The thriller premiered on May 2 and keeps finding viewers.",
        date=_DATE,
        title="‘Harbour Lights’ Stays No. 1 on Streaming Chart, ‘Night Ferry’ Rises to Third",
    )
    assert found == {("premiere_date", "2026-06-05", False)}


def test_a_moved_work_named_bare_in_the_headline() -> None:
    found = release_kinds(
        "Harbour Lights held on to the top spot for a second week.",
        "Night Ferry climbed from ninth to second with 1.1 billion minutes. The crime drama "
        "arrived on Lumen on May 8.",
        date=_DATE,
        title="Harbour Lights Tops Streaming Chart as Night Ferry Climbs to No. 2",
    )
    assert ("premiere_date", "2026-05-08", False) not in found


def test_a_lone_work_ranked_second_keeps_its_dates() -> None:
    found = release_kinds(
        "In second place, Lumen’s Night Ferry rose from sixth with 900 million minutes. "
        "The thriller premiered on May 2 and keeps finding viewers.",
        date=_DATE,
        title="‘Night Ferry’ Rises to Second on Streaming Chart",
    )
    assert ("premiere_date", "2026-05-02", False) in found
