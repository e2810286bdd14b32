"""A hope to have the film on a platform and in cinemas by a time ("hopes to have the film on
iPlayer and in cinemas next spring") is a hedged release window, as "in cinemas" alone is. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tidewater Road finds its lead"


def _kinds(*paragraphs: str, date: str = "2026-06-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_hope_for_a_platform_and_cinemas_next_spring_is_a_hedged_window() -> None:
    kinds = _kinds(
        "Shooting starts in Hastings in August, and Channel 4 hopes to have the film on "
        "All 4 and in cinemas next spring."
    )
    assert ("window", "2027-03/2027-05", True) in kinds


def test_a_hope_for_an_iplayer_and_cinemas_run_is_a_hedged_window() -> None:
    kinds = _kinds("The BBC hopes to have it on iPlayer and in UK cinemas next spring.")
    assert ("window", "2027-03/2027-05", True) in kinds
