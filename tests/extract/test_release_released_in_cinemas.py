"""A film's own past cinema opening told in the passive ("Saltglass was released in UK cinemas
on 3 October last year") is its release date, as "opened in cinemas on" is. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "How ‘Saltglass’ went from a tiny shoot to four Bafta nominations"


def test_a_film_released_in_named_cinemas() -> None:
    kinds = release_kinds(
        "Saltglass has four Bafta nominations this morning.",
        "Saltglass was released in UK and Irish cinemas on 3 October 2025 after a festival "
        "premiere in the summer.",
        date="2026-01-21",
        title=_TITLE,
    )
    assert ("premiere_date", "2025-10-03", False) in kinds


def test_it_was_released_in_cinemas() -> None:
    kinds = release_kinds(
        "Saltglass has four Bafta nominations this morning.",
        "Made for under a million, it was released in cinemas on 3 October 2025.",
        date="2026-01-21",
        title=_TITLE,
    )
    assert ("premiere_date", "2025-10-03", False) in kinds
