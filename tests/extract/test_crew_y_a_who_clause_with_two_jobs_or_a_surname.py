"""A maker brought back by surname in a "who" clause on the article's own production, with one
job or two ("Quill, who wrote and directed the Fen Light film, ..."), gets each credit under the
full name the article gave; the same clause on another work credits nothing (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Mara Quill has spent three years on the Fen Light film, which opens in May."


def test_both_jobs_of_the_clause_are_credited_under_the_full_name() -> None:
    for sentence in (
        "Quill, who wrote and directed the Fen Light film, on her lead: “He was ready.”",
        "Mara Quill, who wrote and directed the Fen Light film, calls it “a goodbye”.",
    ):
        found = served_credits(facts(_LEDE, sentence))
        assert {("writer", "Mara Quill"), ("director", "Mara Quill")} <= found, sentence


def test_a_surname_with_one_job_is_credited() -> None:
    found = served_credits(facts(_LEDE, "Quill, who directed the Fen Light film, is tired."))
    assert ("director", "Mara Quill") in found


def test_the_clause_on_another_work_credits_nothing() -> None:
    for sentence in (
        "Quill, who wrote and directed Low Tide, says the new one is harder.",
        "Quill, who edited Low Tide, says the new one is harder.",
    ):
        found = served_credits(facts(_LEDE, sentence))
        assert not any(name == "Mara Quill" for _, name in found), sentence
