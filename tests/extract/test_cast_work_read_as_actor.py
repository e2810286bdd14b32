"""The work a sentence sets a part in, read as its actor ("a cameo in the BBC's Lumen as Mira"),
on invented text: no casting of the work; a person brought in as a part still is one."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _pairs(text: str) -> set[tuple[str, str]]:
    return pairs(facts("Copper Bay Rising news.", text, title="Copper Bay Rising adds a cameo"))


def test_the_work_after_in_is_no_actor() -> None:
    for text in (
        "Welsh actor Bo Tully has a cameo in Glimmer's Copper Bay Rising as Dr Hallam, a tutor.",
        "Bo Tully pops up in the BBC's Copper Bay Rising as Dr Hallam.",
    ):
        assert not any(actor == "Copper Bay Rising" for actor, _ in _pairs(text))


def test_a_person_brought_in_as_a_part_stays() -> None:
    found = _pairs("Season two brought in Tova Rees as Greta Moll and Noel Cray as Hal Brisk.")
    assert ("Tova Rees", "Greta Moll") in found
