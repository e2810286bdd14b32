"""Release verbs on invented text: a series that "began on" a channel on a day premiered then."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_a_series_that_began_on_a_channel_on_a_day_premiered_then() -> None:
    found = served_days(
        "This week the hosts talk to the creator of Kelpa’s Tarn Key, the comedy that became a "
        "hit.",
        "The six-part series, which began on Kelpa on Sunday 25 October, follows Ada Perrin.",
        title="Podcast: the makers of Tarn Key on their hit",
        date="2026-11-19",
    )
    assert found == {("premiere_date", "2026-10-25")}
