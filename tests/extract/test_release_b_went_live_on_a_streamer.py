"""A work that "went live on" a streamer on a day is released that day; a trailer or a website
that went live dates no release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-05", title="Marram Point is out now")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_work_gone_live_on_a_streamer_is_released() -> None:
    assert _days("Marram Point went live on Prime Video on Friday 5 June.") == {"2026-06-05"}


def test_a_trailer_or_a_site_gone_live_is_no_release() -> None:
    assert not _days("The Marram Point trailer went live on Netflix on 2 June.")
    assert not _days("The Marram Point website went live on Monday 1 June.")
