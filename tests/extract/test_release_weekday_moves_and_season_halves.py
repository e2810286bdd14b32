"""A move between two dates written with weekdays keeps only the new one ("from Tuesday, June 9
to Wednesday, June 17"), and "early"/"late" before a season with a year names its first or last
two months ("an early autumn 2027 bow": September to October), on invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Lanterns Over Calder: release date news"


def _kinds(*paragraphs: str, date: str = "2026-04-02") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_move_between_weekday_dates_serves_only_the_new_date() -> None:
    kinds = _kinds(
        "Hulu has shifted the premiere of Lanterns Over Calder from Tuesday, June 9 to "
        "Wednesday, June 17, 2026, the service said on Monday.",
    )
    assert ("premiere_date", "2026-06-17") in kinds
    assert ("premiere_date", "2026-06-09") not in kinds


def test_a_move_written_day_first_with_weekdays_drops_the_old_date() -> None:
    kinds = _kinds(
        "The BBC has pushed Lanterns Over Calder back from Sunday 7 June to Sunday 14 June.",
    )
    assert ("premiere_date", "2026-06-07") not in kinds


def test_an_early_season_with_a_year_is_its_first_two_months() -> None:
    kinds = _kinds(
        "Lanterns Over Calder will premiere in early autumn 2027, the studio said.",
    )
    assert ("window", "2027-09/2027-10") in kinds
    assert ("window", "2027-09/2027-11") not in kinds


def test_a_late_season_with_a_year_is_its_last_two_months() -> None:
    kinds = _kinds(
        "Apple said Lanterns Over Calder will arrive in late spring 2027.",
    )
    assert ("window", "2027-04/2027-05") in kinds
