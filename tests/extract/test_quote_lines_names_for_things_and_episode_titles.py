"""Quotes on invented text: an episode's title set between commas after a possessive ("This
week's episode, “...”,"), a name a group gives a thing in a relative clause ("which locals
called “...”"), and a label in marks before its noun and an aside ("the “...” crowd (me)") are
no one's quote; a named person's verdict after "called" stays theirs."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


def _served(*paras: str) -> dict[str, str]:
    found = facts("Quillmere Films is making Marsh Lane for Channel 9.", *paras, date="2026-03-02")
    return {q.text: q.speaker for q in found.quotes if q.served}


@pytest.mark.parametrize(
    "para",
    [
        "This week's episode, “Cut the Ferry Scene (Again)”, is an hour on reshoots.",
        "Last night's episode, “Cut the Ferry Scene”, drew a million viewers.",
    ],
)
def test_an_episode_title_after_a_possessive_is_no_quote(para: str) -> None:
    said = _served(para)
    assert not any(text.startswith("Cut the Ferry") for text in said), said


@pytest.mark.parametrize(
    "para",
    [
        "The title comes from the marsh lights, which locals called “reed lamps” for a century.",
        "The title comes from the marsh lights, what fishermen still call “reed lamps” today.",
    ],
)
def test_a_name_a_group_gives_a_thing_is_no_quote(para: str) -> None:
    assert "reed lamps" not in _served(para)


def test_a_label_before_its_noun_and_an_aside_is_no_quote() -> None:
    said = _served("The writer understood what the “just one more” crowd (me) did not.")
    assert "just one more" not in said, said


def test_a_named_persons_verdict_after_called_stays_theirs() -> None:
    said = _served("Ada Vale, who called the shoot “a cold little miracle”, returns in May.")
    assert said.get("a cold little miracle") == "Ada Vale", said
