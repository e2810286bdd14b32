"""Leaving something that is not the work or the part ("quit smoking", "left the gym", "left his
agent") before another actor "now plays" a name says nothing about who plays the part; nor does
a new actor playing the part's kin ("Merrit's father") or a younger Merrit ("Merrit as a boy").
A pronoun leaver must agree with what the article tells of the one actor before it."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_CAST = "Wystan Gollan was cast as Merrit Yarrick in March."
_PAIR = ("Wystan Gollan", "Merrit Yarrick")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gollan quit smoking for the part, and Hesk Stamm now plays Merrit's father.",
        "Gollan left the gym early, and Hesk Stamm now plays Merrit as a boy.",
        "Gollan left his agent in May, and Hesk Stamm now plays Merrit on stage in Leeds.",
        "Gollan quit social media last year; Hesk Stamm now plays Merrit’s sister.",
        "Gollan stepped away from the band, so Hesk Stamm currently plays Merrit as a teenager.",
    ],
)
def test_leaving_another_thing_keeps_the_part(sentence: str) -> None:
    found = facts("Quarry Lane casting news.", _CAST, sentence)
    assert served_statuses(found).get(_PAIR) is CastStatus.CURRENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Gollan left the series in the spring, and Hesk Stamm now plays Merrit.",
        "Gollan quit the role after one season; Hesk Stamm currently plays Merrit.",
        "Gollan departed during filming, so Hesk Stamm now plays Merrit.",
        "Gollan exited the production in May, and Hesk Stamm now plays Merrit.",
    ],
)
def test_leaving_the_work_or_part_makes_it_former(sentence: str) -> None:
    found = facts("Quarry Lane casting news.", _CAST, sentence)
    assert served_statuses(found).get(_PAIR) is CastStatus.FORMER


@pytest.mark.parametrize(
    ("before", "after", "status"),
    [
        (
            _CAST,
            "She left the show in May, and Lorna Prewitt now plays Merrit.",
            CastStatus.CURRENT,
        ),
        (
            "Wystan Gollan was cast as Merrit Yarrick in March, his first screen part.",
            "She quit the series in May; Lorna Prewitt now plays Merrit.",
            CastStatus.CURRENT,
        ),
        (
            "Wystan Gollan was cast as Merrit Yarrick in March, his first screen part.",
            "He quit the series in May; Hesk Stamm now plays Merrit.",
            CastStatus.FORMER,
        ),
        (
            "Wystan Gollan, cast as Merrit Yarrick in March, said he was thrilled.",
            "He left the show in the summer, and Hesk Stamm now plays Merrit.",
            CastStatus.FORMER,
        ),
    ],
)
def test_pronoun_leaver_agrees_with_the_actor(before: str, after: str, status: CastStatus) -> None:
    found = facts("Quarry Lane casting news.", before, after)
    assert served_statuses(found).get(_PAIR) is status
