"""A shoot told as having run on into a month ("began in May and ran into July") wrapped in
that month; another thing's run, a run still to come or two months offered is no wrap.
Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Inside the making of Gull Light"
_LEDE = "Gull Light, the new Brightwater drama, is out next spring."


def test_a_shoot_run_into_a_month_wrapped_then() -> None:
    found = release_dates(
        _LEDE,
        "The shoot got going on 3 June 2025 and lasted well into October.",
        date="2026-01-12",
        title=_TITLE,
    )
    assert ("filming_wrapped", "2025-10", False) in found


def test_a_shoot_run_through_to_a_month_wrapped_then() -> None:
    found = release_dates(
        _LEDE,
        "Filming started in June and went on through to October, mostly in Cornwall.",
        date="2026-01-12",
        title=_TITLE,
    )
    assert ("filming_wrapped", "2025-10", False) in found


def test_another_things_run_is_no_wrap() -> None:
    found = release_dates(
        _LEDE,
        "Filming started in June and the harbour festival ran into October.",
        date="2026-01-12",
        title=_TITLE,
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_two_months_offered_are_no_wrap() -> None:
    found = release_dates(
        _LEDE,
        "Filming started in June and ran into October or November.",
        date="2026-01-12",
        title=_TITLE,
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)
