"""Hearsay a writer passes on ("I'm hearing whispers (unconfirmed!) of a festival run next autumn
and a cinema release in early 2027") governs the rest of its sentence: the window is hedged."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_window_told_as_whispers_is_hedged() -> None:
    found = release_dates(
        "Gullsway wrapped on Friday 28 November after nine weeks on the coast.",
        "Corran Fell says there is no release date set, though I'm hearing whispers"
        " (unconfirmed!) of a festival run next autumn and a cinema release in early 2027.",
        date="2025-12-01",
        title="Gullsway: that's a wrap",
    )
    assert ("window", "2027-01/2027-04", True) in found, found
    assert ("window", "2027-01/2027-04", False) not in found, found
