"""A review's possessive casting with a word of manner before the honorific part: "Ada Vale's
sardonic Professor Holt". Invented text (none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_possessive_with_a_manner_word_before_the_part() -> None:
    found = facts("Sam is needled all term by Orla Pennick’s sardonic Professor Dorran.")
    assert pairs(found) == {("Orla Pennick", "Professor Dorran")}


def test_possessive_with_praise_before_the_part() -> None:
    found = facts("The best scenes belong to Tobiah Marr's wonderful Inspector Cale.")
    assert pairs(found) == {("Tobiah Marr", "Inspector Cale")}


def test_former_before_the_part_is_no_casting() -> None:
    found = facts("Orla Pennick's former Professor Dorran wrote her a reference.")
    assert pairs(found) == set()
