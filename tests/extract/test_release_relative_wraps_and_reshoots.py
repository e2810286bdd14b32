"""On invented text: a shoot's start or wrap told in a "which" clause ("Filming, which began in
Derry last month, ...") or with "originally" before reshoots ("Production originally wrapped in
Oslo last November") is the shoot's; a time told of reshoots or pick-ups is neither a start nor
a wrap."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Channel 4 reveals first look at Ferryman's Lot"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_start_in_a_which_clause_last_month() -> None:
    kinds = _kinds(
        "Filming, which began in Derry last month, is expected to run until December.",
        date="2025-10-08",
    )
    assert ("filming_started", "2025-09") in kinds
    assert not {k for k in kinds if k[0] == "filming_wrapped"}


def test_a_wrap_in_a_which_clause_last_month() -> None:
    kinds = _kinds(
        "Production, which wrapped last month, moved straight into the edit.", date="2025-10-08"
    )
    assert ("filming_wrapped", "2025-09") in kinds


def test_an_original_wrap_before_reshoots_is_still_a_wrap() -> None:
    kinds = _kinds("Production originally wrapped in Oslo last November.", date="2026-04-02")
    assert ("filming_wrapped", "2025-11") in kinds


def test_reshoots_this_summer_are_no_wrap() -> None:
    kinds = _kinds("Filming wrapped last January, before reshoots this summer.", date="2026-04-02")
    assert ("filming_wrapped", "2026-01") in kinds
    assert ("filming_wrapped", "2026-06/2026-08") not in kinds


def test_pick_ups_in_a_month_are_no_wrap() -> None:
    kinds = _kinds("Shooting wrapped in February, with pick-ups in March.", date="2026-04-02")
    assert ("filming_wrapped", "2026-02") in kinds
    assert ("filming_wrapped", "2026-03") not in kinds
