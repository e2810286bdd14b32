"""Quotes on invented text: an unnamed label the sentence gives only as the one told ("told a
viewer in the replies") is never the speaker of the words; a label that tells ("a viewer in
the replies wrote") still is."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tamsin Orlo-Greaves has been posting from the set of Brinewater all week."


def _readings(line: str) -> dict[str, str]:
    found = facts(_LEDE, line, date="2026-07-14")
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def test_the_one_told_is_not_the_speaker() -> None:
    said = _readings(
        "The channel has not set a date, though Orlo-Greaves told a viewer in the replies it "
        "should land “before the clocks go back”."
    )
    assert said.get("before the clo", "") == "", said


def test_a_label_that_tells_still_speaks() -> None:
    said = _readings(
        "The channel has not set a date. A viewer in the replies wrote that it should land "
        "“before the clocks go back”."
    )
    assert said.get("before the clo", "") != "", said
