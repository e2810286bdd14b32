"""A day the film arrives on a streaming service, after its cinema run already began on the
article's date, is a later step of that run: held, not served as the premiere. Before any
cinema run, or with the run still to come, the service day stays the premiere."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Awards 2027: Pellow Sands picks up four nominations"
_LEDE = "The Cornish fishing drama Pellow Sands picked up four nominations on Monday."


def _served_days(*paragraphs: str, date: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date=date, title=_TITLE)
    return {
        f.date.isoformat()
        for f in found.release
        if f.kind.value == "premiere_date" and f.date is not None and f.served
    }


def test_a_service_day_after_a_cinema_run_under_way_is_held() -> None:
    for line in (
        "Pellow Sands comes on Netflix on 12 March.",
        "The drama arrives on the streaming service MUBI on 12 March.",
    ):
        days = _served_days(
            "Pellow Sands opened in UK cinemas on 28 November 2026 and has since taken £2m.",
            line,
            date="2027-01-19",
        )
        assert "2026-11-28" in days, line
        assert "2027-03-12" not in days, line


def test_a_service_day_with_no_cinema_run_before_it_is_served() -> None:
    days = _served_days(
        "Pellow Sands premiered at the Dinard festival in October.",
        "Pellow Sands arrives on Netflix on 12 March.",
        date="2027-01-19",
    )
    assert "2027-03-12" in days


def test_another_places_cinema_day_is_still_a_release_date() -> None:
    days = _served_days(
        "Pellow Sands opened in UK cinemas on 28 November 2026 and has since taken £2m.",
        "It opens in Portugal on 12 March.",
        date="2027-01-19",
    )
    assert "2027-03-12" in days
