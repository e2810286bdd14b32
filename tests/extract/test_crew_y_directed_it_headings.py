"""A list heading that ends on its "it" ("4. A wrote it, B directed it", no stop after it) still
credits B with the article's work; told just after another work in its paragraph, it credits
nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Six things we learned from the Quarry Lane trailer"
_LEDE = "The first trailer for Quarry Lane landed on Tuesday."


def _directors(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_a_heading_ending_on_directed_it_credits_the_director() -> None:
    for heading in (
        "4. Mara Lent wrote it, Dov Hale directed it",
        "Dov Hale directed it",
    ):
        found = _directors(heading, "The closing card names both of them.")
        assert "Dov Hale" in found, heading


def test_a_heading_on_another_work_credits_nobody() -> None:
    found = _directors("Her breakthrough was the thriller Copper Wren. Dov Hale directed it")
    assert "Dov Hale" not in found
