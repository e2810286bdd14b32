"""A work that "reaches" a streamer or channel on a day ("reaches Netflix on 17 April") arrives
there then: its release, as "reaches cinemas" already was. A work that reaches a chart place
or a number on a day is no release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-21", title="Live: the Harbour film week")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_reaching_a_streamer_on_a_day_is_the_release() -> None:
    assert _premieres(
        "Follow our coverage of Marrow Fields, the coming-of-age drama with Ned Aske.",
        "21:40 Marrow Fields reaches Prime Video on Friday 10 April.",
    ) == {"2026-04-10"}


def test_reaching_a_chart_place_is_no_release() -> None:
    assert "2026-04-10" not in _premieres(
        "Follow our coverage of Marrow Fields, the coming-of-age drama with Ned Aske.",
        "21:40 Its soundtrack reaches Number One on Friday 10 April, the label hopes.",
    )
