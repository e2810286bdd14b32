"""Release parts on invented text: an interview's "Is there a date?" answered "Not yet" has none;
"Not yet" to another question is no status."""

from __future__ import annotations

from tests.extract.helpers import facts


def _qa(question: str, answer: str) -> set[str]:
    found = facts(
        "Director Oona Vale talks to us about finishing Tarn Key.",
        question,
        answer,
        date="2025-10-02",
        title="Oona Vale on Tarn Key",
    )
    return {r.kind.value for r in found.release if r.served}


def test_not_yet_to_is_there_a_date_is_no_date() -> None:
    assert "not_announced" in _qa("Is there a date?", "Not yet, and I honestly don’t know it.")


def test_not_yet_to_another_question_is_not() -> None:
    assert "not_announced" not in _qa("Is it finished?", "Not yet, and I honestly don’t know.")
