"""Release in a box-office piece: "opened in UK and Irish cinemas on Friday" is gone (two
markets' cinemas are one place, no new clause); "premiered at a festival on 7 May, two days
before release" dates the release two days after; a rival's chart entry with its takings
("the sequel Tin Lid: Part Two third on £1.2m") is no title of ours. Invented text."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Box office: Harrow Fen makes a modest start as Gull Run stays on top"
_LEDE = "The Irish drama Harrow Fen takes £800,000 on its first weekend."


def _premieres(*paragraphs: str, date: str = "2026-05-12") -> set[dt.date | None]:
    found = facts(_LEDE, *paragraphs, date=date, title=_TITLE)
    return {r.date for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}


def test_an_opening_in_two_markets_cinemas_on_a_day_is_past() -> None:
    line = "Harrow Fen opened in UK and Irish cinemas on Friday and took £800,000 from 210 sites."
    assert _premieres(line) == {dt.date(2026, 5, 8)}


def test_an_opening_on_a_day_still_to_come_stays_ahead() -> None:
    line = "Harrow Fen opens in UK and Irish cinemas on Friday."
    assert _premieres(line) == {dt.date(2026, 5, 15)}


def test_a_premiere_days_before_release_dates_the_release_after_it() -> None:
    line = (
        "The film had its world premiere at the Dublin festival on 4 May, just two days before"
        " release, and its director thanked the audience."
    )
    assert _premieres(line) == {dt.date(2026, 5, 6)}


def test_a_chart_entry_with_takings_is_no_title() -> None:
    found = facts(
        _LEDE,
        "Gull Run held the top spot. The horror sequel Tin Lid: Part Two was third on £1.2m.",
        "Top three: 1. Gull Run £2.1m; 2. Brass Wake £1.4m; 3. Tin Lid: Part Two £1.2m.",
        date="2026-05-12",
        title=_TITLE,
    )
    titles = {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}
    assert "Tin Lid: Part Two" not in titles and "Lid: Part Two" not in titles


def test_our_subtitled_title_used_in_passing_is_still_served() -> None:
    found = facts(
        "Lanterns: The Long Night arrives on Friday.",
        "In Lanterns: The Long Night, which opens on 9 May, Ada Vale returns as the keeper.",
        "Lanterns: The Long Night is the second film in the cycle.",
        date="2026-05-01",
    )
    titles = {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}
    assert titles == {"Lanterns: The Long Night"}
