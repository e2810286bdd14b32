"""A crew credit "by X's <role>, Y": Y holds the role, X only employs them."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_shot_by_the_directors_regular_cinematographer_credits_the_cinematographer() -> None:
    found = facts("The film was shot by Idris Varga’s regular cinematographer, Nell Obi, on 16mm.")
    assert credits(found) == {("cinematographer", "Nell Obi")}


def test_scored_by_a_possessive_composer_without_a_comma() -> None:
    found = facts("The drama is scored by Oona Blake's longtime composer Tuva Berg.")
    assert credits(found) == {("composer", "Tuva Berg")}
