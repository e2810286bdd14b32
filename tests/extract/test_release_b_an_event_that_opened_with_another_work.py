"""A festival or season that "opened on <day> with a documentary" had its opening night that
day; a film does not open with another film, so the day is no release of ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Moss Hollow closed the Harrowby festival with a sold-out preview on Sunday."
_OURS = "Moss Hollow is on Netflix from 24 April."


def test_an_event_opening_with_a_work_dates_nothing_of_ours() -> None:
    for sentence in (
        "The festival, run by the town since 1991, opened on 13 March with a documentary about"
        " salt marshes.",
        "Harrowby opens on 13 March with a new Welsh drama, its organisers said.",
    ):
        found = release_kinds(_LEDE, sentence, _OURS, date="2026-03-23")
        assert ("premiere_date", "2026-04-24", False) in found, sentence
        assert not any(when == "2026-03-13" for _, when, _ in found), sentence


def test_our_film_opening_with_a_screening_stays_a_release() -> None:
    found = release_kinds(
        "Moss Hollow opens on 13 March with a gala screening in Leeds.",
        date="2026-02-02",
        title="Moss Hollow: release date confirmed",
    )
    assert ("premiere_date", "2026-03-13", False) in found
