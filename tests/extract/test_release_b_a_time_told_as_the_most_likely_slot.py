"""A time the writer calls "the most likely slot" or "the likeliest date" is a guess, hedged; the
plain time the channel gives in an earlier clause of the same sentence is not. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _windows(sentence: str) -> set[tuple[str, str, bool]]:
    found = release_kinds(
        "Everything we know about Tarrow Sands, the BBC drama from Mina Orr.",
        sentence,
        date="2026-01-12",
        title="Tarrow Sands: everything we know",
    )
    return {f for f in found if f[0] == "window"}


def test_the_most_likely_slot_is_hedged() -> None:
    found = _windows(
        "The BBC says it airs in 2026, and the spring schedule is the most likely slot."
    )
    assert ("window", "2026-03/2026-05", True) in found
    assert ("window", "2026", False) in found


def test_a_plain_season_is_not_hedged() -> None:
    assert ("window", "2026-09/2026-11", False) in _windows(
        "The BBC says the drama will air in the autumn."
    )
