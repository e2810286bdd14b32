"""Two actors' possessive over two parts reads respectively: "Ada Vale and Tom Reed's Mira and
Gus" is Ada Vale as Mira and Tom Reed as Gus, never Tom Reed as Mira."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Rhea Stone and Lena Moss’s Mira and Petra are mostly deployed for comic relief.",
        "The film gives Rhea Stone and Lena Moss's Mira and Petra one lovely scene.",
        "Sadly, Rhea Stone & Lena Moss’s Mira & Petra get little to do.",
    ],
)
def test_two_owners_two_parts(sentence: str) -> None:
    found = facts("Review: Quill Lane is warm but slight.", sentence)
    assert ("Lena Moss", "Mira") not in pairs(found)
    assert {("Rhea Stone", "Mira"), ("Lena Moss", "Petra")} <= pairs(found)


def test_two_owners_of_platforms_cast_no_one() -> None:
    found = facts("Quill Lane news.", "Rhea Stone and Lena Moss’s Instagram and TikTok lit up.")
    assert not pairs(found)
