"""Review mends of round 140 (invented text): a release "not before" a season and year is no
window of the months ahead of it; and a last writer after "scripts by A and B" followed by a
word like "as", "this" or "plus" (no verb of a new clause) keeps the writer's credit."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew

_LEDE = "Tin Lark, a new drama for Channel 9, comes from scripts by Ada Vale and Mira Holt"


def _windows(line: str, date: str) -> set[str | None]:
    found = facts("A lede about Wrenfield.", line, date=date).release
    return {r.window for r in found if r.kind.value == "window" and r.served}


def test_not_before_a_season_is_no_window_of_the_months_ahead_of_it() -> None:
    for line in (
        "Skyreel says Wrenfield will not land before summer 2027.",
        "Skyreel says Wrenfield won't arrive before summer 2027.",
    ):
        assert "2027-01/2027-05" not in _windows(line, "2026-10-02"), line


def test_before_a_season_still_names_the_months_ahead_of_it() -> None:
    line = "Skyreel says Wrenfield will land before summer 2027."
    assert "2027-01/2027-05" in _windows(line, "2026-10-02")


def test_a_last_writer_before_a_word_that_is_no_verb_keeps_the_credit() -> None:
    for tail in (" as part of a new deal.", " this autumn.", " plus a writers' room."):
        found = served_crew(_LEDE + tail)
        assert ("writer", "Mira Holt") in found, tail
        assert ("writer", "Ada Vale") in found, tail


def test_a_last_name_with_its_own_verb_still_starts_a_new_clause() -> None:
    found = served_crew(
        "Tin Lark, a new drama for Channel 9, comes from scripts by Ada Vale, and"
        " Jo Reyes produces for Tin Lid."
    )
    assert ("writer", "Jo Reyes") not in found
