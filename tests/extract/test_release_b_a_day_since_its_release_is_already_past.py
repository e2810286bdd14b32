"""A day without a year after "since its release on" is the last such day before the article:
"has topped the charts since its release on 2 May", told in October, is this year's, not next
year's. A year written out is read as written and may still be history. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "Why Orrin Bay is still in the top ten"


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-10-15", title=_HEADLINE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_yearless_day_since_its_release_is_this_years() -> None:
    found = _premieres(
        "Orrin Bay, the harbour thriller, has sat in the streamer's top ten since its release on"
        " 2 May."
    )
    assert found == {"2026-05-02"}


def test_a_platform_between_launch_and_day_is_read_too() -> None:
    found = _premieres(
        "The thriller has stayed in the charts since its launch on Apple TV on 2 May."
    )
    assert "2027-05-02" not in found
    assert "2026-05-02" in found


def test_a_day_with_an_old_year_is_not_taken_as_this_release() -> None:
    found = _premieres("The first series has stayed popular since its release on 2 May 2019.")
    assert "2019-05-02" not in found
