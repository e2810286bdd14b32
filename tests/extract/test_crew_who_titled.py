"""A maker brought in by a "who" clause on the article's own production, in a profile."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_who_clause_on_the_productions_own_film_credits_the_maker() -> None:
    lede = "Ivo Brandt has spent three years on the Fen Light film, which opens in May."
    found = facts(lede, "Mara Quill, who directed the Fen Light film, says Brandt is “a natural”.")
    assert ("director", "Mara Quill") in served_credits(found)
    found = facts(lede, "Dana Roe, who shot the Fen Light film, calls him “fearless”.")
    assert ("cinematographer", "Dana Roe") in served_credits(found)


def test_who_clause_on_another_work_credits_nothing() -> None:
    lede = "Ivo Brandt has spent three years on the Fen Light film, which opens in May."
    found = facts(lede, "Mara Quill, who directed Low Tide, says Brandt is “a natural”.")
    assert ("director", "Mara Quill") not in served_credits(found)
    found = facts(lede, "Dana Roe, who shot Low Tide, calls him “fearless”.")
    assert ("cinematographer", "Dana Roe") not in served_credits(found)
