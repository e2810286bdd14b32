"""A planned shoot told by its start month and the month it runs to ("to start in May and run
to August") is planned over both, not for the start month alone; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _planned(sentence: str) -> set[str | None]:
    found = facts(sentence, date="2026-03-04", title="Fenwick Row casts its lead")
    return {r.window for r in found.release if r.kind is ReleaseKind.FILMING_PLANNED and r.served}


def test_a_start_month_and_its_run_make_the_plan() -> None:
    planned = _planned("Filming is scheduled to start in Glasgow in May and run to August.")
    assert planned == {"2026-05/2026-08"}


def test_a_run_over_the_years_end_reaches_the_next_year() -> None:
    planned = _planned("Filming is due to begin in November and run until February.")
    assert planned == {"2026-11/2027-02"}


def test_a_start_month_alone_stays_one_month() -> None:
    assert _planned("Filming is scheduled to start in Glasgow in May.") == {"2026-05"}


def test_a_shoot_continuing_into_a_month_tells_no_end() -> None:
    planned = _planned("Filming is due to begin in Glasgow in May and continue into August.")
    assert "2026-05/2026-08" not in planned
