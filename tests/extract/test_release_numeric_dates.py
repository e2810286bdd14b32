"""Release dates written in figures, on invented text: read only where the order of day and
month is beyond doubt (dotted with a year, a day past twelve, a US month first), and read as the
same date in words would be (a weekday before it is the same day; a move from one to another)."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Copper Marsh: when and where to watch"


def _served(*paragraphs: str, date: str = "2026-04-22") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_dotted_dates_with_a_year_are_day_first() -> None:
    kinds = _served("Copper Marsh lands on Netflix on 19.06.2026.")
    assert kinds == {("premiere_date", "2026-06-19", False)}
    kinds = _served("Copper Marsh opens in Danish cinemas on 4.9.2026, the distributor said.")
    assert kinds == {("premiere_date", "2026-09-04", False)}


def test_slashed_dates_are_read_when_one_part_is_past_twelve() -> None:
    kinds = _served("Halden Pictures will release Copper Marsh in cinemas across Ireland on 22/05.")
    assert kinds == {("premiere_date", "2026-05-22", False)}
    kinds = _served("Copper Marsh premieres on the streamer on 05/29/2026.")
    assert kinds == {("premiere_date", "2026-05-29", False)}


def test_slashed_dates_of_doubtful_order_and_idioms_are_not_read() -> None:
    assert not _served("Copper Marsh premieres on the streamer on 05/06.")
    assert not _served("Copper Marsh is streaming 24/7 on the channel's app.")


def test_a_weekday_before_a_date_in_figures_is_the_same_day() -> None:
    kinds = _served("Copper Marsh lands on the platform on Friday, 19.06.2026.")
    assert kinds == {("premiere_date", "2026-06-19", False)}
    kinds = _served("Copper Marsh arrives on Thursday 28/05.")
    assert kinds == {("premiere_date", "2026-05-28", False)}


def test_a_move_between_dates_in_figures_keeps_the_new_date() -> None:
    kinds = _served("The streamer has moved Copper Marsh from 15/05 to 29/05.")
    assert ("premiere_date", "2026-05-15", False) not in kinds
