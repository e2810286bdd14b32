"""The film's cinema opening told after other past deeds of it ("It cost under £1m, was shot in
19 days in Powys, and opened in cinemas on 12 September 2025") is its release, however long ago;
an opening inside a relative clause ("the crew that shot X and opened ...") is not ours."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The small Welsh drama Tarnmoor has become the awards outsider everyone is talking about."


def test_a_cinema_opening_after_other_past_deeds_is_the_premiere() -> None:
    found = release_kinds(
        _LEDE,
        "It cost under £1m, was shot in 19 days in Powys, and opened in cinemas on 12 September"
        " 2025.",
        date="2026-01-20",
        title="Awards watch: Tarnmoor",
    )
    assert ("premiere_date", "2025-09-12", False) in found


def test_an_opening_inside_a_relative_clause_is_not_ours() -> None:
    found = release_kinds(
        _LEDE,
        "It was made by the crew that shot Fenlight and opened in cinemas on 12 September 2025.",
        date="2026-01-20",
        title="Awards watch: Tarnmoor",
    )
    assert not any(when == "2025-09-12" for _, when, _ in found)
