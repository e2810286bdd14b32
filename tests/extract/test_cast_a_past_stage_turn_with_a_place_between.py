"""An actor's aside on a past work with where it ran or what kind of work it is between the verb
and the title ("who was on Broadway in Tin Lane as Mira", "who was in the musical Tin Lane as
Mira") sets the part in that work, not in the article's own production; an aside on our own
production keeps its part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow Forever premiere: the cast on the carpet"
_LEDE = "Larkhollow Forever premiered in Leeds on Tuesday night."


def _cast(paragraph: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, paragraph, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_past_stage_part_with_its_place_or_kind_is_not_ours() -> None:
    for paragraph in (
        "Pell Marrow, who was on Broadway in “Tin Lane” as Osric in 2022, waved to fans.",
        "Pell Marrow, who was in the West End in Tin Lane as Osric, waved to fans.",
        "Pell Marrow, who was in the musical Tin Lane as Osric last spring, waved to fans.",
    ):
        cast = _cast(paragraph)
        assert not any(part == "Osric" for _, part in cast), (paragraph, cast)


def test_a_part_in_our_own_production_stays() -> None:
    cast = _cast("Pell Marrow, who was in Larkhollow Forever as Osric, waved to fans.")
    assert ("Pell Marrow", "Osric") in cast
