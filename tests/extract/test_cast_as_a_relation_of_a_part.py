"""Joining "as a friend of Mira's" or "as the sister of Ansel Pike": the name after the
relation is whose friend or sister the new part is, never the part the actor plays."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs

_CAST = "Tom Reed plays Ansel Pike and Lena Moss plays Mira Holt in the Quarry Lane film."


def test_joins_as_a_friend_of_a_first_name_with_possessive() -> None:
    found = facts(
        "Quarry Lane adds a newcomer.",
        _CAST,
        "Ada Vale joins as a friend of Mira’s, while filming moves to Leeds.",
    )
    assert not {actor for actor, _ in pairs(found)} & {"Ada Vale"}


def test_cast_as_the_sister_of_a_full_name() -> None:
    found = facts(
        "Quarry Lane casting news.",
        _CAST,
        "Priya Nand will appear as the younger sister of Ansel Pike in the second half.",
    )
    assert ("Priya Nand", "Ansel Pike") not in pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hesk Stamm signs on as a prickly schoolmate of Mira Holt for the second run.",
        "Hesk Stamm will turn up as the estranged flatmate of Mira Holt in the spring episodes.",
        "Hesk Stamm has been cast as a nosy neighbour of Mira Holt.",
    ],
)
def test_comes_aboard_as_a_relation_of(sentence: str) -> None:
    found = facts("Quarry Lane casting news.", _CAST, sentence)
    assert ("Hesk Stamm", "Mira Holt") not in pairs(found)


def test_the_part_itself_still_cast() -> None:
    found = facts("Quarry Lane casting news.", _CAST, "Ada Vale joins as Mira’s friend Jess.")
    assert ("Ada Vale", "Jess") in pairs(found)
