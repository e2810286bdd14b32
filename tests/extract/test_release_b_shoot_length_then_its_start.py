"""A shoot told by how long it took, then its start in a participle ("shooting took six weeks
last autumn, starting in late September") began in that month. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Pellow Strand: first trailer"
_LEDE = "The first trailer for Pellow Strand is out."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-04-24", title=_TITLE)


def test_a_shoot_s_length_then_its_start_is_the_start() -> None:
    found = _found(
        "The producer told us shooting took six weeks last autumn, starting in late September."
    )
    assert ("filming_started", "2025-09", False) in found


def test_a_trip_s_length_then_a_start_is_no_shoot() -> None:
    found = _found("The drive took two days, starting in late September.")
    assert not any(kind.startswith("filming") for kind, _, _ in found)
