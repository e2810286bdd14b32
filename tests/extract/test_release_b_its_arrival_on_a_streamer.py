""" "Its arrival on" a streamer on a day dates the release, even in a sentence about an earlier
screening; an arrival with no day, or a person's, dates nothing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-08", title="Marram Point fans pack cinemas")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_its_arrival_on_a_streamer_dates_the_release() -> None:
    assert _days(
        "Marram Point filled 40 cinemas for a fan preview on 3 June, a week before its arrival "
        "on the streamer on 10 June."
    ) == {"2026-06-10"}
    assert _days(
        "Marram Point had a gala on 3 June, before its arrival on Prime Video on 10 June."
    ) == {"2026-06-10"}


def test_a_persons_arrival_dates_nothing() -> None:
    assert not _days("Marram Point star Ada Price marked her arrival on set on 10 June.")
