"""An account's handle, a past verb, "that" and a clause in marks ("u/pierwatch posted that
"..."): the account's words, not a term the writer marks."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Mod post: the rules for Saltreach finale weekend on r/Saltreach."


def test_a_handle_posting_that_a_clause_is_quoted() -> None:
    found = facts(
        _LEDE,
        'Some of you asked about the spin-off rumours. u/harbour_lights_99 posted that "a'
        ' prequel is already in the works", but nobody has a source for it.',
    )
    assert any(
        q.served
        and q.text.startswith("a prequel is already")
        and q.speaker == "u/harbour_lights_99"
        for q in found.quotes
    )


def test_a_crowd_posting_that_a_clause_is_not_credited() -> None:
    found = facts(
        _LEDE,
        'Some of you asked about the spin-off rumours. Several users posted that "a prequel is'
        ' already in the works", but nobody has a source for it.',
    )
    assert not any(
        q.served and q.text.startswith("a prequel is already") and q.speaker for q in found.quotes
    )
