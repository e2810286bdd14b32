"""A director who "directed from a script by" someone, and a relative clause on another named
work that credits that work, not ours (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_directed_from_a_script_by_is_the_director() -> None:
    found = facts("Nora Velt directed from a script by Ola Brun, and it shows.")
    assert {("director", "Nora Velt"), ("writer", "Ola Brun")} <= credits(found)


def test_who_clause_then_directed_from_a_screenplay() -> None:
    found = facts(
        "Ansel Mbeki, who made the festival hit Dry Creek, directed from a screenplay by Ivo Rask."
    )
    assert {("director", "Ansel Mbeki"), ("writer", "Ivo Rask")} <= credits(found)


def test_passive_directed_from_a_script_credits_no_director() -> None:
    found = facts("The film was directed from a script by Ola Brun.")
    assert not {c for c in credits(found) if c[0] == "director"}


def test_which_clause_on_another_title_credits_nobody_for_ours() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Dry Creek, which Nora Velt directed from her own screenplay, won in Berlin.",
        "Cold Harbour, which Ivo Rask is directing, starts in June.",
        title="Salt Meadow wraps",
    )
    assert not {c for c in credits(found) if c[0] == "director"}


def test_which_clause_on_our_title_still_credits() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Salt Meadow, which Nora Velt is directing, opens in June.",
        title="Salt Meadow wraps",
    )
    assert ("director", "Nora Velt") in credits(found)
