"""Release: "later this summer" told inside the season names only what is left of it (from the
next month), the whole season when told before it; "before summer 2027" names the months ahead
of the season, never the season itself. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(line: str, date: str) -> set[str | None]:
    found = facts("A lede about Wrenfield.", line, date=date).release
    return {r.window for r in found if r.kind.value == "window" and r.served}


def test_later_this_season_told_inside_it_starts_next_month() -> None:
    for line, date, window in (
        ("Skyreel will air Wrenfield later this summer.", "2027-06-12", "2027-07/2027-08"),
        ("Velo One will broadcast Wrenfield later this autumn.", "2027-09-25", "2027-10/2027-11"),
    ):
        assert window in _windows(line, date), line


def test_later_this_season_told_in_its_last_month_is_that_month() -> None:
    line = "Skyreel will air Wrenfield later this summer."
    assert "2027-08" in _windows(line, "2027-08-03")


def test_later_this_season_told_before_it_is_the_whole_season() -> None:
    line = "Skyreel will air Wrenfield later this winter."
    assert "2027-12/2028-02" in _windows(line, "2027-11-04")


def test_this_season_without_later_stays_the_whole_season() -> None:
    line = "Skyreel will air Wrenfield this summer."
    assert "2027-06/2027-08" in _windows(line, "2027-06-12")


def test_before_a_season_and_year_names_the_months_ahead_of_it() -> None:
    for line, date, window in (
        ("Skyreel says Wrenfield will land before summer 2027.", "2026-10-02", "2027-01/2027-05"),
        ("Wrenfield is due on Velo before autumn 2027.", "2027-03-15", "2027-03/2027-08"),
    ):
        windows = _windows(line, date)
        assert window in windows, line
        assert not any(w and w.endswith(("-08", "-11")) and w != window for w in windows), line


def test_a_season_and_year_without_before_stays_the_season() -> None:
    line = "Skyreel says Wrenfield will land in summer 2027."
    assert "2027-06/2027-08" in _windows(line, "2026-10-02")


def test_an_early_season_and_year_stays_its_first_months() -> None:
    line = "Skyreel says an early spring 2027 release is likely for Wrenfield."
    assert "2027-03/2027-04" in _windows(line, "2026-10-02")
