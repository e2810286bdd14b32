"""Release verbs on invented text: a series that "began on" a channel on a day premiered then."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str, title: str, date: str = "2026-05-13") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


def test_a_series_that_began_on_a_channel_on_a_day_premiered_then() -> None:
    found = _days(
        "This week the hosts talk to the creator of Kelpa’s Tarn Key, the comedy that became a "
        "hit.",
        "The six-part series, which began on Kelpa on Sunday 25 October, follows Ada Perrin.",
        title="Podcast: the makers of Tarn Key on their hit",
        date="2026-11-19",
    )
    assert found == {("premiere_date", "2026-10-25")}
