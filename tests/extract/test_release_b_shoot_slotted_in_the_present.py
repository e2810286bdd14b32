"""Filming the present slots for a time ("filming is “pencilled in for the summer”") is the
shoot's time, not a release window. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Hollin Vale: what we know about the Ostrevin sequel"
_LEDE = "The Ostrevin sequel now has a name: Hollin Vale."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-03-05", title=_TITLE)


def test_filming_slotted_in_the_present_is_no_window() -> None:
    found = _found("A crew member told me filming is “pencilled in for the summer”.")
    assert not any(kind == "window" for kind, _, _ in found)


def test_a_release_slotted_stays_the_release() -> None:
    found = _found("Hollin Vale is pencilled in for the summer.")
    assert not any(kind == "filming_planned" for kind, _, _ in found)
