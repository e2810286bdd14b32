"""A reviewer's guess about how a film will be received, with the release in a "when it streams"
clause under it ("I suspect viewers will cry when it streams from 8 May"), states no time of its
own: the guess is held, and the plain date told elsewhere is served as the statement. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Copper Bay review: a tender harbour drama"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date="2026-04-20", title=_TITLE)


def test_a_suspected_reception_when_it_streams_is_held() -> None:
    kinds = _kinds(
        "Copper Bay is a small, tender drama about a harbourmaster and his daughter.",
        "I suspect the family audience will weep just as hard when it streams from 8 May.",
        "Copper Bay is on Netflix from Friday 8 May.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_a_reckoned_reception_once_it_lands_is_held() -> None:
    kinds = _kinds(
        "Copper Bay is a small, tender drama about a harbourmaster and his daughter.",
        "We reckon younger viewers will lap it up once it lands on Netflix on 8 May.",
    )
    assert ("premiere_date", "2026-05-08", True) not in kinds


def test_a_guess_of_the_time_itself_is_still_served_hedged() -> None:
    kinds = _kinds(
        "Copper Bay is a small, tender drama about a harbourmaster and his daughter.",
        "No date has been given, but I suspect it streams from 8 May.",
    )
    assert ("premiere_date", "2026-05-08", True) in kinds
