"""A day that unnamed voices online claim is hearsay, even when the work is described between
commas before the verb ("posts have claimed that Tarn Lane, the Sky thriller, would open on
..."); the same day the channel confirms stays plain. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(line: str) -> set[tuple[str, bool]]:
    found = facts("Tarn Lane is the new Sky thriller.", line, date="2026-01-05")
    return {
        (str(r.date), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "premiere_date"
    }


def test_a_claim_online_is_hedged() -> None:
    line = (
        "Since Christmas, fan accounts have claimed that Tarn Lane, the Sky thriller set in"
        " Whitby, would open on 9 March 2026."
    )
    assert _premieres(line) == {("2026-03-09", True)}


def test_a_confirmation_is_not() -> None:
    line = "Sky confirmed that Tarn Lane, the thriller set in Whitby, would open on 9 March 2026."
    assert _premieres(line) == {("2026-03-09", False)}
