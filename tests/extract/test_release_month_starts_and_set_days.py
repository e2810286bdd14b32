"""A shoot begun "in March" is one fact, not a month and a bare start; a release "set for" a day
makes the same month's looser window redundant; a time told plainly in the lede and hedged in
the body is served hedged; a time after "there will be no cinema release" is not a release date.
Invented articles."""

from __future__ import annotations

import datetime as dt

from bot.facts import SERVE_LINE, ReleaseKind
from tests.extract.helpers import facts


def _served(*paragraphs: str, date: str) -> set[tuple[str, object]]:
    found = facts(*paragraphs, date=date)
    return {(r.kind.value, r.date or r.window) for r in found.release if r.confidence >= SERVE_LINE}


def test_a_month_start_leaves_no_bare_start_beside_it() -> None:
    for sentence in (
        "Filming on the new series began in Cork and along the Kerry coast in March and is due"
        " to finish in early August, Odhran Pellow said.",
        "Shooting got under way in Leeds in March and will run until the summer.",
        "Production on the drama started in Porto in March, the producer said.",
    ):
        served = _served(
            "Odhran Pellow talked about Tidewater, the crime drama, on a podcast this week.",
            sentence,
            date="2026-05-10",
        )
        starts = {value for kind, value in served if kind == ReleaseKind.FILMING_STARTED.value}
        assert starts == {"2026-03"}, (sentence, served)


def test_a_release_set_for_a_day_is_the_premiere_date_and_outranks_the_window() -> None:
    lede = (
        "Maren Okafor’s slow-burning debut was the talk of the festival weekend, with a UK"
        " cinema release now set for late June."
    )
    for sentence in (
        "Distributor Bellwether Pictures has set a UK and Ireland cinema release for June 19.",
        "Bellwether have set the film’s theatrical release for 19 June.",
        "The distributor has set a nationwide release date for June 19.",
    ):
        served = _served(lede, sentence, date="2026-02-20")
        assert served == {("premiere_date", dt.date(2026, 6, 19))}, (sentence, served)


def test_an_event_set_for_a_day_is_no_release() -> None:
    for sentence in (
        "The distributor has set a gala screening for June 19.",
        "Organisers have set the awards night for 19 June.",
    ):
        served = _served(
            "Maren Okafor’s debut Lowwater was the talk of the festival weekend.",
            sentence,
            date="2026-02-20",
        )
        assert not any(kind == ReleaseKind.PREMIERE_DATE.value for kind, _ in served), served


def test_a_time_told_plainly_and_hedged_is_served_hedged() -> None:
    lede = (
        "Newcomer Ines Varga has joined the streaming film that will close out Ruth Penhale’s"
        " seaside saga, with cameras set to roll in Devon next month."
    )
    for body in (
        "Cameras are set to roll in Devon in early October, according to sources close to the"
        " production, with the shoot taking in the harbour.",
        "Cameras are set to roll in Devon in October, insiders say.",
        "Cameras are reportedly set to roll in Devon in early October.",
    ):
        found = facts(lede, body, date="2025-09-12")
        planned = [
            r.hedged
            for r in found.release
            if r.kind is ReleaseKind.FILMING_PLANNED and r.confidence >= SERVE_LINE
        ]
        assert planned == [True], (body, found.release)


def test_a_time_after_a_denied_release_is_no_release_date() -> None:
    lede = "Live updates from the red carpet at the gala screening of Tidewater in Leeds."
    for sentence in (
        "UPDATE: The streamer has told us there will be no cinema release, after confusion this"
        " afternoon when a multiplex briefly listed public screenings.",
        "There will be no theatrical release, after a mix-up on Tuesday when a chain listed"
        " showings of the film.",
    ):
        served = _served(lede, sentence, date="2026-07-22")
        assert not any(kind == ReleaseKind.PREMIERE_DATE.value for kind, _ in served), served
