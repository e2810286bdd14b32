"""A date glossed as the night or day before the release ("a party on Friday 8 May, the night
before the film opens") is another event's, not the release's; the release's own date still
counts. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _dates(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-01", title="Radio hour marks Gorse Lane release")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_broadcast_the_evening_before_the_release_is_not_the_release() -> None:
    found = _dates(
        "A station will air a tribute hour on Thursday 7 May at 8pm, the evening before the"
        " film is released on Netflix.",
        "Gorse Lane, the drama from Pell Ardon, will be released on Netflix on Friday 8 May.",
    )
    assert "2026-05-07" not in found
    assert "2026-05-08" in found


def test_a_release_date_glossed_by_the_day_after_a_premiere_is_kept() -> None:
    assert "2026-05-09" in _dates(
        "Gorse Lane, the drama from Pell Ardon, will be released on Netflix on Saturday 9 May,"
        " the day after its premiere in London.",
    )
