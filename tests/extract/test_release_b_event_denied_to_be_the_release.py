"""An event the writer denies is the release ("the preview would not be the release, so nobody
can stream it in June") dates no release; a release named after the denial in a clause of its
own keeps its day. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _times(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-02", title="Marram Point: the date thread")
    return {str(r.window or r.date) for r in found.release if r.served}


def test_a_time_after_an_event_denied_to_be_the_release_is_dropped() -> None:
    assert not _times("A Leeds preview would NOT be the release, so nobody can stream it in June.")
    assert not _times("The gala screening isn't the release, so you can't watch it in June.")


def test_a_release_in_its_own_clause_keeps_its_day() -> None:
    assert _times("The Leeds preview is not the release, which is on 9 July.") == {"2026-07-09"}
