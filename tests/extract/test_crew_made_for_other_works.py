"""A score or script written for another named work credits that work, not ours (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", sentence, title="Salt Meadow wraps"))


def test_the_score_for_another_titled_thriller_is_no_credit() -> None:
    found = _credits_in("Lise Haraldsen writes the score for the thriller Cold Harbour.")
    assert ("composer", "Lise Haraldsen") not in found


def test_the_script_for_another_title_is_no_credit() -> None:
    found = _credits_in("Lise Haraldsen is writing the script for Cold Harbour, her next job.")
    assert ("writer", "Lise Haraldsen") not in found


def test_the_score_for_our_own_title_stays() -> None:
    found = _credits_in("Lise Haraldsen is writing the score for Salt Meadow.")
    assert ("composer", "Lise Haraldsen") in found
