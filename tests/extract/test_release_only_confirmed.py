"""In an article of release-date guesses, a window the makers have "only confirmed" is still
their news, not a guess. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lowmoor series 2: release date speculation, cast and everything we know"


def _kinds(*paragraphs: str, date: str = "2025-11-04") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_window_the_broadcaster_has_only_confirmed_is_served() -> None:
    kinds = _kinds("Brightwave has only confirmed that the series will arrive in 2026.")
    assert ("window", "2026", False) in kinds


def test_a_window_the_studio_has_only_said_is_served() -> None:
    kinds = _kinds("The studio has only said that the show is coming in 2026.")
    assert ("window", "2026", False) in kinds


def test_an_only_confirmed_window_with_a_guess_beside_it_stays_held() -> None:
    kinds = _kinds(
        "Brightwave has only confirmed that the series will arrive in 2026, probably late."
    )
    assert not any(kind == "window" for kind, _, _ in kinds)
