"""Crew credits by a role noun: "by X's <role>, Y" credits Y, not X; "X is the <role>" credits X
unless the role is of or behind another work."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_shot_by_the_directors_regular_cinematographer_credits_the_cinematographer() -> None:
    found = facts("The film was shot by Idris Varga’s regular cinematographer, Nell Obi, on 16mm.")
    assert credits(found) == {("cinematographer", "Nell Obi")}


def test_scored_by_a_possessive_composer_without_a_comma() -> None:
    found = facts("The drama is scored by Oona Blake's longtime composer Tuva Berg.")
    assert credits(found) == {("composer", "Tuva Berg")}


def test_is_the_cinematographer_or_editor_credits_the_subject() -> None:
    found = facts("Nell Obi is the cinematographer and Tuva Berg composed the score.")
    assert credits(found) == {("cinematographer", "Nell Obi"), ("composer", "Tuva Berg")}
    found = facts("Oona Blake will be the film's editor.")
    assert credits(found) == {("editor", "Oona Blake")}


def test_is_the_editor_of_something_else_is_no_credit() -> None:
    assert credits(facts("Nell Obi is the editor of a film magazine in Leeds.")) == set()
    assert credits(facts("Nell Obi is the cinematographer behind Harrowdale.")) == set()
