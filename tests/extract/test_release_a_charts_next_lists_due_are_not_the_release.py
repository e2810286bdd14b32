"""On a streaming chart page, "The next Top 10 lists are due on Tuesday" dates the charts, not
the film. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-02", title="Quarry Bells tops the chart")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_lists_or_charts_due_are_their_own_days() -> None:
    for sentence in (
        "The next Top 10 lists are due on Tuesday 9 June.",
        "The weekly charts are expected on Tuesday 9 June.",
    ):
        assert not _premieres("Quarry Bells held the top spot for a second week.", sentence)


def test_the_film_due_on_a_day_is_still_its_premiere() -> None:
    assert _premieres("Quarry Bells is due on the platform on Friday 19 June.") == {"2026-06-19"}
