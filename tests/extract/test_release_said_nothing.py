"""A maker that "has said nothing about a date" has announced none, on invented text; a
different subject ("said nothing about a date change") is no such statement."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Lantern: what we know"


def _kinds(*paragraphs: str, date: str = "2026-03-04") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_studio_that_has_said_nothing_about_a_date_announced_none() -> None:
    kinds = _kinds(
        "Shooting on Copper Lantern ended last week. Hulu has said nothing about a date, and "
        "the cast are staying quiet.",
    )
    assert ("not_announced", "") in kinds


def test_a_streamer_that_has_so_far_revealed_nothing_on_a_release_window_announced_none() -> None:
    kinds = _kinds(
        "Copper Lantern is in the edit. Apple has so far revealed nothing on a release window.",
    )
    assert ("not_announced", "") in kinds


def test_nothing_said_about_a_date_change_is_no_statement_of_no_date() -> None:
    kinds = _kinds(
        "Copper Lantern opens on 9 October. The distributor has said nothing about a date change.",
    )
    assert ("not_announced", "") not in kinds
