"""The writer's bet on when the work comes out ("our money is on a May or June launch", "we'd
bet on spring 2027", "Our money is on next spring") is a hedged window; a bare month bet on
with no release word is left alone. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The streamer has only said that Copper Bay will arrive in 2027."


def _kinds(line: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, line, date="2026-08-12")


def test_a_bet_on_two_months_and_a_launch() -> None:
    assert ("window", "2027-02/2027-03", True) in _kinds(
        "The first run came out in spring, so our money is on a February or March release."
    )


def test_a_bet_on_a_date_around_two_months() -> None:
    assert ("window", "2027-04/2027-05", True) in _kinds(
        "Given the long edit, we'd put our money on a date around April or May."
    )


def test_a_bet_on_a_season() -> None:
    assert ("window", "2027-03/2027-05", True) in _kinds(
        "With the score still to record, we'd bet on spring 2027. But that's just us!"
    )
    assert ("window", "2027-03/2027-05", True) in _kinds(
        "Our money is on next spring, though the streamer has hinted at nothing yet."
    )


def test_a_bare_month_bet_names_no_window() -> None:
    kinds = _kinds("We'd put our money on April or May.")
    assert not any(kind == "window" and hedged for kind, _, hedged in kinds)
