"""The day a streamer shows a first look at a series ("dropped the first proper look at X this
morning") dates the look, not the series' release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_first_proper_look_dropped_this_morning_is_not_the_release() -> None:
    found = release_kinds(
        "Harbourline has released the first trailer for Salt Chapel, its island thriller.",
        "Harbourline dropped the first proper look at Salt Chapel this morning, and there is "
        "plenty to unpack.",
        "The trailer ends on a card: all six episodes arrive on Harbourline on 9 September.",
        date="2031-06-04",
        title="Everything we spotted in the Salt Chapel trailer",
    )
    assert not any(date == "2031-06-04" for _, date, _ in found)


def test_a_first_official_glimpse_launched_today_is_not_the_release() -> None:
    found = release_kinds(
        "Salt Chapel is coming to Harbourline later this year.",
        "Harbourline launched the first official glimpse of Salt Chapel today, a minute of "
        "storm-lashed cliffs.",
        date="2031-06-04",
        title="Salt Chapel: first glimpse",
    )
    assert not any(date == "2031-06-04" for _, date, _ in found)
