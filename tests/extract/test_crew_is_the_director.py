"""A director told with a copula or "as" and nothing after the post: "X is the director.",
"Y, who made two shorts, is the film's director, and ...", "Z returns as director." (invented
sentences). A post with more after it ("the director of W", "director at a studio") is not."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Orchard Hours: everything we know"
_LEDE = "Orchard Hours is coming to Netflix next year."


def test_is_the_director_at_the_end_of_a_clause_credits_the_director() -> None:
    for sentence in (
        "Dana Fisk wrote the script, and Rosa Pell, who co-directed “Neap Tide”, is the director.",
        "Rosa Pell is the film's director, and Dana Fisk produces.",
        "Once more, Ilse Marrow returns as director.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert any(role == "director" for role, _ in credits(found)), sentence


def test_a_director_post_with_more_after_it_is_no_credit() -> None:
    for sentence in (
        "Rosa Pell is the director of a small theatre in Leeds.",
        "Rosa Pell was the director behind last year's hit.",
        "Rosa Pell is the director everyone wanted.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert ("director", "Rosa Pell") not in credits(found), sentence


def test_a_relative_who_is_the_director_credits_no_one_named() -> None:
    found = facts(_LEDE, "Rosa Pell's father is the director.", title=_TITLE)
    assert ("director", "Rosa Pell") not in credits(found)
