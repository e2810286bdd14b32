"""On invented text: a production told as shot between two months, without a shoot's noun ("The
series was filmed in Hull between March and June 2026"), began in the first and wrapped in the
second; "starts on <channel> at <time> on <date>" is the release, as it is without the time."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "ITV reveals first look at Harbour Bells"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_series_filmed_between_two_months_began_and_wrapped_then() -> None:
    kinds = _kinds(
        "Harbour Bells is a Fenwick Pictures production for ITV. The series was filmed in Hull "
        "and Grimsby between March and June 2026.",
        date="2026-10-01",
    )
    assert ("filming_started", "2026-03") in kinds
    assert ("filming_wrapped", "2026-06") in kinds


def test_a_film_shot_from_one_month_to_another_last_year() -> None:
    kinds = _kinds("It was shot in Skye from April to July last year.", date="2026-03-01")
    assert ("filming_started", "2025-04") in kinds
    assert ("filming_wrapped", "2025-07") in kinds


def test_a_series_to_be_filmed_between_two_months_has_not_begun() -> None:
    kinds = _kinds("The series will be filmed between March and June.", date="2026-01-10")
    assert not {k for k in kinds if k[0] in {"filming_started", "filming_wrapped"}}


def test_a_start_on_a_channel_at_an_hour_is_the_release() -> None:
    kinds = _kinds(
        "Harbour Bells starts on ITV1 at 9pm on Sunday 11 January, with the box set on ITVX.",
        date="2025-12-10",
    )
    assert ("premiere_date", "2026-01-11") in kinds


def test_a_start_on_a_channel_at_a_half_hour_is_the_release() -> None:
    kinds = _kinds(
        "The drama starts on Channel 5 at 8.30pm on Wednesday 14 January 2026.", date="2025-12-10"
    )
    assert ("premiere_date", "2026-01-14") in kinds
