"""A list of castings that opens with "plays" may give a later one with "is" alone ("Ada Vale
plays Mira Holt and Kai Lund is Ivo Marsh"): the "plays" carries over."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vale plays Mira Holt, Tom’s sister, and Kai Lund is Ivo Marsh, a ferryman.",
        "Ada Vale plays Mira Holt, Rhea Stone plays Dai Prosser and Kai Lund is Ivo Marsh.",
        "Ada Vale plays Mira Holt and Kai Lund is Ivo Marsh.",
    ],
)
def test_is_after_plays_casts(sentence: str) -> None:
    found = facts("Quill Lane is back on Netflix this week.", sentence, title="Quill Lane returns")
    assert {("Ada Vale", "Mira Holt"), ("Kai Lund", "Ivo Marsh")} <= served_pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vale plays Mira Holt and Kai Lund is Head of Drama at the BBC.",
        "Ada Vale plays Mira Holt and Kai Lund is Ivo Marsh’s father.",
        "Kai Lund is Ivo Marsh, and Ada Vale said so.",
    ],
)
def test_is_without_plays_or_with_more_casts_nothing(sentence: str) -> None:
    found = facts("Quill Lane is back on Netflix this week.", sentence, title="Quill Lane returns")
    assert ("Kai Lund", "Ivo Marsh") not in served_pairs(found)
    assert ("Kai Lund", "Head Of Drama") not in served_pairs(found)
