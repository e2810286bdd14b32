"""A release someone expects ("Producers expect a cinema release in autumn 2027", "the studio
expects an early 2027 launch") is a forecast, hedged, like "expects the film to arrive". A
release the studio sets is not. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2026-10-02")
    return {
        (str(r.window), r.hedged) for r in found.release if r.served and r.kind.value == "window"
    }


def test_an_expected_release_is_hedged() -> None:
    for lede in (
        "Filming on Quillmoor wrapped last month. Producers expect a cinema release in autumn "
        "2027.",
        "Filming on Quillmoor wrapped last month, and Quillon Films expects a UK release in "
        "autumn 2027.",
    ):
        assert _windows(lede) == {("2027-09/2027-11", True)}, lede


def test_a_set_release_stays_plain() -> None:
    lede = "Filming on Quillmoor wrapped last month. Quillmoor will be released in autumn 2027."
    assert _windows(lede) == {("2027-09/2027-11", False)}
