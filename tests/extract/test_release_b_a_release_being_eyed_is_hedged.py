"""A release "being eyed" for a season is a target, not a date set: hedged, as "eyeing" is."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Filming on Moss Hollow, the new drama from Ana Ruiz, is set to begin in January."


def test_a_release_being_eyed_is_hedged() -> None:
    for sentence in (
        "A release is being eyed for autumn 2026.",
        "An autumn 2026 release is eyed for the drama.",
    ):
        found = release_kinds(_LEDE, sentence, date="2025-10-30")
        assert ("window", "2026-09/2026-11", True) in found, sentence


def test_a_set_release_stays_plain() -> None:
    for sentence in (
        "It is set for release in autumn 2026.",
        "Ruiz eyed the schedule warily; the release is in autumn 2026.",
    ):
        found = release_kinds(_LEDE, sentence, date="2025-10-30")
        assert ("window", "2026-09/2026-11", False) in found, sentence
