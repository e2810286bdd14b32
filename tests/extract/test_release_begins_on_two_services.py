"""A series that "will begin on" a channel and its player ("on Channel 4 and iPlayer on Sunday 4
October") starts on that day, as it does on one channel."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay trailer: everything we learned"


def test_beginning_on_a_channel_and_its_player_dates_the_premiere() -> None:
    for sentence in (
        "The channel confirmed that Copper Bay will begin on BBC Two and iPlayer on Sunday 4 "
        "October at 9pm.",
        "After months of “coming this autumn”, the channel confirmed that Copper Bay will begin "
        "on Channel 4 and All4 on Sunday 4 October.",
    ):
        found = release_kinds(sentence, date="2026-08-20", title=_TITLE)
        assert ("premiere_date", "2026-10-04", False) in found, (sentence, found)


def test_a_later_episode_or_another_show_on_two_services_is_no_premiere() -> None:
    for sentence in (
        "Harbourlight's cosy caper ‘The Night Pier’ starts on ITV1 and ITVX on Sunday 25 October.",
        "Episode four begins on BBC Two and iPlayer on Sunday 25 October.",
        "The final episode will begin on BBC Two and iPlayer on Sunday 25 October.",
    ):
        found = release_kinds(sentence, date="2026-08-20", title=_TITLE)
        assert ("premiere_date", "2026-10-25", False) not in found, (sentence, found)
