"""A department head's post names no director of the film, on invented articles: "animation
director X" and "storyboard director Y" lead a department (the film's director is named apart)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, directed by Sefa Harrow, opens in May."


def _directors(text: str) -> set[str]:
    return {c.name for c in facts(LEDE, text).crew if c.served and c.role.name == "DIRECTOR"}


def test_an_animation_or_storyboard_director_is_no_director_of_the_film() -> None:
    for text in (
        "The animated sequences were led by animation director Idris Kell, with a team of 12.",
        "Storyboard director Idris Kell drew the chase across 300 panels.",
    ):
        assert _directors(text) == {"Sefa Harrow"}
