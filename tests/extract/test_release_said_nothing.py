"""A maker that "has said nothing about a date", "did not give a date" or "isn't giving out an
exact date" has announced none, on invented text; a different subject ("said nothing about a
date change", "is not giving up acting") is no such statement."""

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


def test_a_studio_that_did_not_give_a_date_announced_none() -> None:
    kinds = _kinds(
        "Paramount said the thriller, led by Ines Varga, would arrive in 2027, but did not give "
        "a date.",
    )
    assert ("not_announced", "") in kinds


def test_a_streamer_that_is_not_giving_out_a_specific_date_announced_none() -> None:
    kinds = _kinds(
        "Copper Lantern lands on Hulu next winter, the streamer said, though it isn't giving out "
        "an exact date yet.",
    )
    assert ("not_announced", "") in kinds


def test_not_giving_up_acting_is_no_statement_of_no_date() -> None:
    kinds = _kinds("Copper Lantern opens on 9 October. Its star is not giving up acting.")
    assert ("not_announced", "") not in kinds
