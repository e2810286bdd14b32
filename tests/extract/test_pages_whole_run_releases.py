"""A chart page's release of our work told through its episodes or with a bare US-style day."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Tallowmere tops the streaming chart for a second week."


def _premieres(*body: str) -> set[dt.date | None]:
    found = facts(_LEDE, *body, date="2026-03-20", title="Tallowmere")
    return {
        fact.date
        for fact in found.release
        if fact.kind is ReleaseKind.PREMIERE_DATE and fact.served
    }


def test_dropped_all_episodes_on_a_day() -> None:
    assert _premieres(
        "The four-part mystery, which dropped all of its episodes on Friday 6 March, doubled "
        "its audience a week later."
    ) == {dt.date(2026, 3, 6)}


def test_released_all_six_episodes_on_a_day() -> None:
    assert _premieres("The coastal drama released all six episodes on 6 March.") == {
        dt.date(2026, 3, 6)
    }


def test_all_episodes_as_the_subject() -> None:
    assert _premieres(
        "All six episodes landed on Netflix on 6 March, and the show has been in the top five "
        "in nine countries ever since."
    ) == {dt.date(2026, 3, 6)}


def test_a_bare_us_style_day_after_premiered() -> None:
    assert _premieres(
        "The eight-episode thriller, which premiered Mar. 6, logged 900 million minutes."
    ) == {dt.date(2026, 3, 6)}


def test_another_quoted_work_in_the_sentence_keeps_its_day() -> None:
    assert (
        _premieres(
            "In second place was “Wick Hollow,” which launched Feb. 13, with 700 million minutes."
        )
        == set()
    )


def test_another_quoted_work_earlier_in_the_paragraph_keeps_its_day() -> None:
    assert (
        _premieres(
            "The film chart's top spot went to the second season of “Wick Hollow”. The series, "
            "starring Wren Addaway as a ferry pilot, launched all eight episodes on 13 February."
        )
        == set()
    )
