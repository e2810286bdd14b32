"""An episode named after a possessive ("Tonight's episode is called X", "Sunday's instalment
is titled Y") is one part of the work, not the work's title; "The drama's new title is" and
"The series is called" still name the work."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The pick of the night is a new fenland thriller from Corrie Vance, on BBC Two at 9pm."


def _titles(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-02-13", title="What to watch tonight")
    return {r.title or "" for r in found.release if r.served and r.kind.value == "title"}


def test_an_episode_after_a_possessive_is_no_title() -> None:
    for sentence in (
        "Tonight's episode is called “Low Tide”, and its ending is a jolt.",
        "Sunday's instalment is titled Heron Weather, and it is the best yet.",
    ):
        assert not {"Low Tide", "Heron Weather"} & _titles(sentence), sentence


def test_the_work_itself_called_a_name_is_still_its_title() -> None:
    assert "Reedmere" in _titles("The series is called Reedmere, after the village.")
