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


def test_a_subtitled_work_before_a_pronoun_is_no_actor() -> None:
    lede = "Tamsin Orrell is 24, grew up in Tartu and had never seen an episode of Glass Harbour."
    for text in (
        "In Glass Harbour: The Long Tide, the Netflix film that ends the story on 3 May, she "
        "plays Dr Vera Lusk, a teacher.",
        "For Glass Harbour: Low Water, the film that closes the saga, she plays Dr Vera Lusk.",
        "In Glass Harbour: Salt Year, the last of the films, they play Dr Vera Lusk's twins.",
    ):
        found = pairs(facts(f"{lede} {text}", title="Tamsin Orrell on Glass Harbour"))
        assert not any(actor in text for actor, _ in found if actor != "Tamsin Orrell"), text
