"""A shoot's plan told before a place led by two prepositions joined by "and" ("in and around
the city"): the "and" joins the prepositions and starts no clause, so the plan's hedge holds."""

from __future__ import annotations

from tests.extract.helpers import facts


def hedging(sentence: str, date: str) -> list[tuple[str, object, bool]]:
    found = facts(sentence, date=date)
    return [(r.kind.value, r.window or r.date, r.hedged) for r in found.release]


def test_a_hedged_plan_before_paired_prepositions_stays_hedged() -> None:
    for sentence in (
        "Cameras are expected to roll in and around Hallam in the last week of May.",
        "Filming is expected to start in and near Port Carrow in late May.",
        "The shoot is expected to begin in and around the Vale of Dunmere in May.",
    ):
        assert hedging(sentence, "2026-04-10") == [("filming_planned", "2026-05", True)], sentence


def test_a_firm_plan_before_paired_prepositions_stays_firm() -> None:
    assert hedging("Cameras are due to roll in and around Hallam in May.", "2026-04-10") == [
        ("filming_planned", "2026-05", False)
    ]
