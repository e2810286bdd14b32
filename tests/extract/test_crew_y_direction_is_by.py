"""A credit told with the noun, "The direction is by X" (as a credit line's "The screenplay is
by Y"), credits X as director; a department's direction ("The art direction is by X") does not
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate Forever gets a May date"
_LEDE = "Marrowgate Forever reaches the streamer in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_the_direction_by_credits_the_director() -> None:
    for sentence in (
        "The direction is by Odile Varenne, best known for her stage work.",
        "Direction is by Odile Varenne.",
        "The direction was by Odile Varenne and the screenplay by Tom Reyes.",
    ):
        assert "Odile Varenne" in _directors(sentence), sentence


def test_a_departments_direction_is_no_director() -> None:
    for sentence in (
        "The art direction is by Odile Varenne.",
        "Art direction is by Odile Varenne.",
        "The music direction was by Odile Varenne.",
    ):
        assert "Odile Varenne" not in _directors(sentence), sentence
