"""A dated update added to a page days after it ran ("UPDATE, 9 March 2026, 08:40: Cameras
rolled yesterday ...") counts "yesterday" from the update's day, and tells a start, not a plan;
"yesterday" in the page's own body still counts from the page's date. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_yesterday_in_a_dated_update_is_the_day_before_the_update() -> None:
    found = release_kinds(
        "The shoot of Harlow Tide, the BBC drama from Sella Marr, has slipped into March, a crew"
        " member told us.",
        "UPDATE, 9 March 2026, 08:40: Filming started yesterday in Margate, the BBC confirmed.",
        date="2026-02-20",
        title="Harlow Tide shoot slips",
    )
    assert ("filming_started", "2026-03-08", False) in found
    assert ("filming_started", "2026-02-19", False) not in found
    assert not any(kind == "filming_planned" for kind, *_ in found)


def test_yesterday_in_the_body_counts_from_the_page_date() -> None:
    found = release_kinds(
        "Filming on Harlow Tide, the BBC drama from Sella Marr, started yesterday in Margate.",
        date="2026-02-20",
        title="Harlow Tide shoot begins",
    )
    assert ("filming_started", "2026-02-19", False) in found
