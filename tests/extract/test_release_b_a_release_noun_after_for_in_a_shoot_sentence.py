"""A shoot's plan followed by the release it is meant for ("Filming starts in May, for release in
2027"): the second time is a release window, not a shoot's. The shoot's own month stays a plan,
and a time after "for" that names no release stays the shoot's. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2025-03-04", title="Weir Cottage: BBC orders coastal comedy")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


def test_a_year_for_transmission_is_the_release_window() -> None:
    kinds = _kinds(
        "The BBC has ordered Weir Cottage, a comedy set in a Norfolk bed and breakfast.",
        "Filming is due to begin in Norfolk in May, for transmission in 2026.",
    )
    assert ("window", "2026") in kinds
    assert ("filming_planned", "2026") not in kinds


def test_a_year_for_release_on_a_service_is_the_release_window() -> None:
    kinds = _kinds(
        "The BBC has ordered Weir Cottage, a comedy set in a Norfolk bed and breakfast.",
        "Cameras are set to roll in May for release on BBC iPlayer in 2026.",
    )
    assert ("window", "2026") in kinds
    assert ("filming_planned", "2026") not in kinds


def test_the_shoots_own_month_stays_a_plan() -> None:
    assert ("filming_planned", "2025-05") in _kinds(
        "The BBC has ordered Weir Cottage, a comedy set in a Norfolk bed and breakfast.",
        "Filming is due to begin in Norfolk in May, for transmission in 2026.",
    )


def test_a_season_guessed_after_the_release_year_narrows_it() -> None:
    kinds = _kinds(
        "The BBC has ordered Weir Cottage, a comedy set in a Norfolk bed and breakfast.",
        'Shooting starts in Suffolk in June, the producer says, for broadcast "in 2026, most '
        'likely autumn".',
    )
    assert ("window", "2026-09/2026-11") in kinds
    assert ("filming_planned", "2026") not in kinds


def test_a_season_guessed_after_a_shoot_year_stays_unread() -> None:
    kinds = _kinds(
        "The BBC has ordered Weir Cottage, a comedy set in a Norfolk bed and breakfast.",
        "Filming is pencilled in for 2026, probably autumn.",
    )
    assert ("window", "2026-09/2026-11") not in kinds
