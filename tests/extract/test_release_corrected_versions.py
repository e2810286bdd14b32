"""A correction notice's retracted date is no fact, even when the earlier version is dated by
when it went up ("An earlier version of this article, published on 3 June, said ..."); and the
date that replaces a retracted one, written without its year, takes the year nearer the old one.
Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Correction: Halden Vale began filming in June"
_LEDE = "We have corrected an article about the start of filming on the drama Halden Vale."


def test_a_claim_of_a_version_dated_by_when_it_went_up_is_retracted() -> None:
    found = release_dates(
        _LEDE,
        "An earlier version of this article, published on 9 June, said that cameras had started "
        "rolling on Halden Vale on 2 June. That was wrong.",
        "Filming began on Monday 9 June 2025 in Pembrokeshire.",
        date="2025-06-11",
        title=_TITLE,
    )
    assert ("filming_started", "2025-06-02", False) not in found
    assert ("filming_started", "2025-06-09", False) in found


def test_a_corrected_start_without_a_year_takes_the_old_dates_year() -> None:
    found = release_dates(
        "Filming on Halden Vale, the Pembrokeshire drama, has finished.",
        "The shoot, which began on 9 June in Pembrokeshire, wrapped this month.",
        "Correction: An earlier version of this article said filming began on 12 June. "
        "It began on 9 June.",
        date="2025-09-22",
        title="Halden Vale wraps filming",
    )
    assert ("filming_started", "2026-06-09", False) not in found
    assert ("filming_started", "2025-06-09", False) in found
