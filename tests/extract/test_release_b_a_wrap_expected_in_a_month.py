"""A shoot's end planned for a month still to come ("Filming is due to wrap next month", "the
shoot is expected to finish at the end of October") is a hedged wrap in that month. A run's end
("the series is due to end in October"), another work's shoot, and a season of months say
nothing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(*paragraphs: str) -> set[tuple[str, bool]]:
    found = facts(*paragraphs, date="2025-09-10", title="On set with Brackwater")
    return {
        (str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "filming_wrapped"
    }


_LEDE = "Brackwater, the fenland mystery starring Ada Quint, is shooting near Ely."


def test_a_wrap_due_next_month_is_a_hedged_wrap() -> None:
    assert _wraps(_LEDE, "Filming is due to wrap next month.") == {("2025-10", True)}


def test_a_start_then_an_expected_end_gives_a_hedged_wrap() -> None:
    assert _wraps(
        _LEDE, "Shooting began on 4 August and is expected to finish at the end of October."
    ) == {("2025-10", True)}


def test_a_runs_end_is_no_wrap() -> None:
    assert not _wraps(_LEDE, "The series is due to end in October.")


def test_a_season_of_months_is_no_wrap() -> None:
    assert not _wraps(_LEDE, "Filming is expected to wrap in the autumn.")
