"""A relative clause after "the anniversary of the first season" dates that earlier run, not the
production the page is about; a season named plainly keeps its day. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-02", title="Tidewater finale dated")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_anniversary_seasons_day_is_not_ours() -> None:
    assert _days(
        "Tidewater: The Last Tide arrives on Netflix on 6 May 2026.",
        "That puts the film days after the fifth anniversary of the first season, which launched "
        "on 30 April 2021.",
    ) == {"2026-05-06"}


def test_a_season_named_plainly_keeps_its_day() -> None:
    assert _days("The third season, which arrives on 6 May 2026, is the last.") == {"2026-05-06"}
