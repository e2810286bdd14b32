"""A day the writer watched the film on is the viewing's: "then I watched it again on Sunday"
dates no release, though a release verb stands earlier in the sentence; a day glossed ", the
day it premiered" dates the release; invented text."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def test_a_second_viewing_day_is_not_the_release() -> None:
    found = facts(
        "I streamed Larkfield Summer the minute it landed on Prime Video, and then I watched it"
        " again on Sunday with my sister.",
        date="2026-06-10",
        title="Larkfield Summer made me cry twice",
    )
    assert not [r for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]


def test_a_day_it_is_released_on_is_still_read() -> None:
    found = facts(
        "Larkfield Summer lands on Prime Video on Friday, and I will be watching.",
        date="2026-06-10",
        title="Larkfield Summer is nearly here",
    )
    days = {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}
    assert days == {dt.date(2026, 6, 12)}


def test_a_viewing_day_glossed_as_the_day_it_came_out_dates_the_release() -> None:
    found = facts(
        "I watched Larkfield Summer on Saturday, the day it premiered on Prime Video, and then I"
        " watched it again on Monday.",
        date="2026-06-10",
        title="Larkfield Summer made me cry twice",
    )
    days = {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}
    assert days == {dt.date(2026, 6, 6)}


def test_a_day_ahead_glossed_as_the_day_it_came_out_is_not_read() -> None:
    found = facts(
        "We will watch Larkfield Summer on Saturday, the day it premiered in Canada.",
        date="2026-06-10",
        title="Larkfield Summer is nearly here",
    )
    assert not [r for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]


def test_a_most_watched_film_since_it_arrived_is_still_dated() -> None:
    found = facts(
        "Larkfield Summer has been the most-watched film on Prime Video since it arrived on"
        " Friday.",
        date="2026-06-10",
        title="Larkfield Summer tops the chart",
    )
    days = {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}
    assert days == {dt.date(2026, 6, 5)}
