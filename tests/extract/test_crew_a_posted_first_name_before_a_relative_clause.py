"""A pair whose first name comes with her post: the relative clause after the pair credits the
second name alone (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Tin Lark: The Film premiered in London on Monday.",
        sentence,
        title="Tin Lark film premiere",
    )
    return {(c.name, str(c.role)) for c in found.crew if c.served}


def test_a_creator_clause_after_director_and_a_name() -> None:
    credits = _credits(
        "The cast walked on stage with director Ada Vale and Mira Holt, who created the series"
        " and wrote the screenplay from her own novels."
    )
    assert ("Ada Vale", "director") in credits
    assert ("Ada Vale", "creator") not in credits
    assert ("Ada Vale", "writer") not in credits
    assert ("Mira Holt", "creator") in credits


def test_a_writer_clause_after_producer_and_a_name() -> None:
    credits = _credits(
        "Fans cheered producer Lena Dorsey and Tomas Pell, who wrote the script, as they arrived."
    )
    assert ("Lena Dorsey", "writer") not in credits
    assert ("Tomas Pell", "writer") in credits


def test_a_pair_with_no_post_shares_the_clause() -> None:
    credits = _credits(
        "The cast walked on stage with Ada Vale and Mira Holt, who created the series."
    )
    assert {("Ada Vale", "creator"), ("Mira Holt", "creator")} <= credits
