"""An unnamed hand credited at a sentence's end, after a second clause (", and the shoot is
expected to end next month, according to a runner"), backs the second clause's time, not a shoot
start told plainly in the first. With no second clause, the hand still hedges the start.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2026-06-20")
    return {
        (str(r.date), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_a_start_before_a_second_clause_credited_to_a_hand_is_plain() -> None:
    for lede in (
        "Cameras rolled on Brackenfold on May 11 in Hull, and the shoot is expected to wrap next "
        "month, according to one person close to the production.",
        "Filming on Brackenfold began on 11 May in Hull, and the crew should finish in July, "
        "according to a crew member.",
    ):
        assert _starts(lede) == {("2026-05-11", False)}, lede


def test_a_start_credited_to_a_hand_in_its_own_clause_stays_hedged() -> None:
    lede = "Filming on Brackenfold began on 11 May in Hull, according to a crew member."
    assert _starts(lede) == {("2026-05-11", True)}
