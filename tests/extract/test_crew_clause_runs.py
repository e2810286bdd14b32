"""A credit clause in a run of them: "A wrote the script, B directed, and C ..." (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_directed_between_two_credit_clauses() -> None:
    found = facts("Ilse Brandt wrote the script, Omar Fenn directed, and Lu Chen scored it.")
    assert ("director", "Omar Fenn") in credits(found)


def test_directed_after_a_starring_clause() -> None:
    found = facts("Kit Lorne starred, Omar Fenn directed and the rest is history.")
    assert ("director", "Omar Fenn") in credits(found)


def test_edited_after_a_writing_clause() -> None:
    found = facts("Ilse Brandt penned every episode, Dov Amir edited.")
    assert ("editor", "Dov Amir") in credits(found)


def test_a_run_after_another_named_work_or_a_date_gives_nothing() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Ilse Brandt wrote the script for Dry Creek, Omar Fenn directed, and it won.",
        "In 2019, Ivo Rask directed, and the film flopped.",
        title="Salt Meadow wraps",
    )
    assert not {c for c in credits(found) if c[0] == "director"}


def test_each_clause_of_a_longer_run_is_read() -> None:
    found = facts("Ilse Brandt wrote the screenplay, Omar Fenn produced, and Lu Chen directed.")
    assert {("producer", "Omar Fenn"), ("director", "Lu Chen")} <= credits(found)
