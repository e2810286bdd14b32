"""A premiere event told before a place's name and its town ("at the gala premiere in Soho
Square, London, on 9 May") dates the event, not the release; a release told the same way keeps
its day. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-10", title="Pictures: Lantern Hill opens")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_premiere_event_before_a_town_is_no_release() -> None:
    assert not _days(
        "The cast of Lantern Hill arrive at the world premiere of the film in Soho Square, "
        "London, on 9 May."
    )


def test_a_release_before_a_town_keeps_its_day() -> None:
    assert _days("Lantern Hill opens in cinemas in Galway, Ireland, on 15 May.") == {"2026-05-15"}
