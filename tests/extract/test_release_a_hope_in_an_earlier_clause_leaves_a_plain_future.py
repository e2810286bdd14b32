""" "Filming is expected to wrap in May, and the channel says the series will air in 2027": the
hope is the shoot's, in the first main clause; the later clause states the release in a plain
future of its own, so its time is not hedged. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[tuple[str, bool]]:
    found = facts(*paragraphs, date="2026-02-10", title="Set report: Larkmoor in Fife")
    return {
        (str(r.window), r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_a_plain_future_after_an_earlier_hope_is_firm() -> None:
    assert _windows(
        "The production is expected to wrap in May, and Tayside TV says the series will air "
        "\u201cin 2027\u201d."
    ) == {("2027", False)}
    assert _windows("Filming is expected to wrap in May, and the drama will land in 2027.") == {
        ("2027", False)
    }


def test_a_hedge_in_the_release_clause_still_hedges() -> None:
    assert _windows(
        "Filming is expected to wrap in May, and the series will likely air in 2027."
    ) == {("2027", True)}
    assert _windows("The series is expected to air in 2027.") == {("2027", True)}
