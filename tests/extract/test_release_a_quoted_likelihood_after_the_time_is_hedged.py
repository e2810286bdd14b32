"""A likelihood quoted just after a time in its own clause ("an autumn slot was “likely”")
hedges that time: the quotation marks hide the word from the rules that read the sentence
masked. A likelihood about something else, past a clause break ("in the autumn, and ... a tour
was “likely”"), leaves the time plain. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2026-01-12")
    return {
        (str(r.window), r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_a_season_then_quoted_as_likely_is_hedged() -> None:
    lede = (
        "The BBC says Marrow Fen will air “later this year”, and its press office said an "
        "autumn slot was “likely”."
    )
    assert ("2026-09/2026-11", True) in _windows(lede)
    lede = (
        "Marrow Fen will air on BBC One this year, and the channel said a spring slot was "
        "“most likely”."
    )
    assert ("2026-03/2026-05", True) in _windows(lede)


def test_a_likelihood_past_a_clause_break_leaves_the_time_plain() -> None:
    for lede in (
        "Marrow Fen airs on BBC One in the autumn, and the press office said a tour was “likely”.",
        "Marrow Fen airs on BBC One in the autumn, the press office said, with a tour “likely”.",
    ):
        assert _windows(lede) == {("2026-09/2026-11", False)}, lede
