"""A hope told in the past ("said she hoped the film would open in the spring") or as "hope"
with its "will" hedges the time it governs even when another clause follows; a plain statement
of the time stays unhedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(sentence: str) -> set[tuple[str, bool]]:
    found = facts(
        "Gullhaven, the drama from Orla Venn, premiered at a festival on Monday.",
        sentence,
        date="2026-01-12",
        title="Gullhaven wins over festival crowd",
    )
    windows = [r for r in found.release if r.served and r.kind.value == "window"]
    return {(str(r.window), r.hedged) for r in windows}


def test_a_past_hope_with_a_later_clause_is_hedged() -> None:
    assert ("2026-03/2026-05", True) in _windows(
        "Venn said she hoped the film would reach Welsh cinemas “some time in the spring”, and her"
        " producer nodded."
    )


def test_a_hope_with_will_and_a_later_clause_is_hedged() -> None:
    assert ("2026-03/2026-05", True) in _windows(
        "We hope the film will reach Welsh cinemas some time in the spring, and the festival"
        " helped."
    )


def test_a_plain_time_with_a_later_clause_stays_unhedged() -> None:
    assert ("2026-03/2026-05", False) in _windows(
        "Venn said the film will reach cinemas in the spring, and her producer nodded."
    )
