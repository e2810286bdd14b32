"""A newsletter item headed "X is back for series two" is another show's run, not ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Remote: Copper Bay gets a date, and more"
_DATE = "2026-02-03"
_OURS = (
    "1. Copper Bay finally has a date",
    "Harbourlight confirmed yesterday that Copper Bay lands on the platform on Friday 17 April.",
)
_GONE = (
    "3. Farewell, Tin Street",
    "All four series of the sitcom Tin Street leave the platform on 28 February.",
)


def test_an_item_back_for_a_series_is_another_shows() -> None:
    for heading in (
        "Marrowby is back for series two",
        "Marrowby returns for a third season",
    ):
        item = (
            f"2. {heading}",
            "The channel's moorland thriller returns on 1 March, with Edda Pryce again as DI Vane.",
        )
        found = release_kinds(*_OURS, *item, *_GONE, date=_DATE, title=_TITLE)
        assert ("premiere_date", "2026-04-17", False) in found, heading
        assert ("premiere_date", "2026-03-01", False) not in found, heading


def test_an_item_heading_without_a_further_run_keeps_the_date() -> None:
    item = ("2. Why you should watch", "Copper Bay returns on 1 March for a one-night encore.")
    found = release_kinds(*_OURS, *item, *_GONE, date=_DATE, title=_TITLE)
    assert ("premiere_date", "2026-04-17", False) in found
