"""A time followed, in its sentence, by an outlet's or an impersonal "understands" is hedged."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay, the Harbourlight drama, has found its lead."


def test_a_time_an_outlet_understands_after_it_is_hedged() -> None:
    for text, month in (
        (
            "Cameras are due to roll in Devon later this month, Reelwire understands, with "
            "the shoot expected to run into spring.",
            "2025-07",
        ),
        ("Filming is due to begin in Leeds in March, The Daily Frame understands.", "2026-03"),
        ("Cameras are set to roll in Bristol next month, it is understood.", "2025-08"),
    ):
        kinds = release_kinds(_LEDE, text, date="2025-07-02")
        assert ("filming_planned", month, True) in kinds, text
        assert ("filming_planned", month, False) not in kinds, text


def test_a_time_said_plainly_stays_unhedged() -> None:
    kinds = release_kinds(
        _LEDE, "Cameras are due to roll in Devon later this month.", date="2025-07-02"
    )
    assert ("filming_planned", "2025-07", False) in kinds
