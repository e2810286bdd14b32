"""A release time followed by "is widely expected" (or "generally expected") is what people
reckon, not what the maker said: the window is served hedged. A window the maker states outright
stays unhedged. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quillmoor: what we know"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2025-11-12", title=_TITLE)


def test_a_window_widely_expected_after_the_time_is_hedged() -> None:
    kinds = _kinds(
        "Vantor has not said when Quillmoor will arrive, though a release in the second half "
        "of 2026 is widely expected.",
    )
    assert ("window", "2026-07/2026-12", True) in kinds
    assert ("window", "2026-07/2026-12", False) not in kinds


def test_a_window_generally_expected_after_the_time_is_hedged() -> None:
    kinds = _kinds(
        "Quillmoor is in post-production, and a spring 2026 launch is generally expected."
    )
    assert all(hedged for kind, _, hedged in kinds if kind == "window")
    assert any(kind == "window" for kind, _, _ in kinds)


def test_a_window_the_maker_states_stays_unhedged() -> None:
    kinds = _kinds("Vantor said Quillmoor will arrive in the second half of 2026.")
    assert ("window", "2026-07/2026-12", False) in kinds
