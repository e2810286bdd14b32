"""Release: a festival or event date first, then "before its release on" a date: the second
date is the film's own release, whatever event the sentence named first; the event's date is
not. Invented text."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def test_the_date_after_before_its_release_is_the_release() -> None:
    for line in (  # a territory's own date counts as the release
        "The film will also screen at the Cork Film Festival on 9 November before its Irish "
        "release on 5 December.",
        "It screens at the Galway festival on 9 November before it opens in Irish cinemas on "
        "5 December.",
        "It will play the Cork Film Festival on 9 November before its release in Ireland on "
        "5 December.",
        "It plays the Busan festival on October 8 ahead of its theatrical release on December 5.",
    ):
        found = facts("Harbour Lights review: a quiet storm.", line, date="2025-09-20")
        dates = {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}
        assert dates == {dt.date(2025, 12, 5)}, (line, found.release)
