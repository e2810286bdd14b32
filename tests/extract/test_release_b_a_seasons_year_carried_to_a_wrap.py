"""A shoot told in a season with a year ("over the summer of 2025, wrapping in August") wraps
in that year's month, not in the month the article's own date would give. Winter, which a
year's end splits, carries nothing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-09-14", title="Brackwater: the podcast")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_wrap_takes_the_seasons_year() -> None:
    found = _release(
        "Brackwater, the comedy with Ennis Raft, reaches cinemas next month.",
        "The shoot ran in Sligo over the summer of 2025, wrapping in August.",
    )
    assert ("filming_wrapped", "2025-08", False) in found
    assert ("filming_wrapped", "2026-08", False) not in found


def test_a_wrap_in_the_same_years_season_keeps_it() -> None:
    assert ("filming_wrapped", "2026-05", False) in _release(
        "Brackwater, the comedy with Ennis Raft, reaches cinemas next month.",
        "The shoot ran in Sligo in the spring of 2026, wrapping in May.",
    )
