"""A clause ", and B produces" after "scripts by A" is B's own: B produces, and writes
nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts("Bracken Fold is a six-part drama for Tin Lid.", sentence, title="Bracken Fold")
    return {(c.name, str(c.role)) for c in found.crew if c.served}


def test_a_producer_clause_after_scripts_by() -> None:
    credits = _credits(
        "Nell Arden directs all six episodes from scripts by Rory Fane, and Tova Lusk produces"
        " for Tin Lid."
    )
    assert ("Rory Fane", "writer") in credits
    assert ("Tova Lusk", "writer") not in credits


def test_a_will_clause_after_scripts_by() -> None:
    credits = _credits(
        "Nell Arden directs from scripts by Rory Fane and Tova Lusk will produce the series."
    )
    assert ("Tova Lusk", "writer") not in credits


def test_two_script_writers_stay() -> None:
    credits = _credits("Nell Arden directs from scripts by Rory Fane and Tova Lusk.")
    assert {("Rory Fane", "writer"), ("Tova Lusk", "writer")} <= credits
