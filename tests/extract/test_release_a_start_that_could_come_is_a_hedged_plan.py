"""A shoot's start told only as a possibility ("cameras could start rolling in mid-August")
is a hedged planned shoot, never a start that happened, and its month is the next one, not the
last. A start told as past keeps its date, and a modal on another verb ("began in May and could
wrap in August") leaves the start alone. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(lede: str) -> set[tuple[str, str, bool]]:
    found = facts(lede, "The cast shared photos from the set.", date="2025-06-20")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_month_after_a_modal_start_is_a_hedged_plan() -> None:
    for lede in (
        "According to a crew listing, cameras on Brackwater Fen could start rolling in "
        "mid-August, somewhere in Norfolk.",
        "Cameras on Brackwater Fen might start rolling in August, if the permits come through.",
        "Cameras on Brackwater Fen may get rolling in August, a notice suggests.",
    ):
        shoot = _shoot(lede)
        assert not any(kind == "filming_started" for kind, *_ in shoot), lede
        assert ("filming_planned", "2025-08", True) in shoot, lede


def test_a_day_after_a_modal_start_is_never_a_start() -> None:
    lede = "Cameras on Brackwater Fen could start rolling on 11 August, a local notice suggests."
    assert _shoot(lede) == {("filming_planned", "2025-08-11", True)}


def test_a_start_told_as_past_keeps_its_month() -> None:
    lede = "Cameras on Brackwater Fen started rolling in May and could wrap in August, crew say."
    assert ("filming_started", "2025-05", False) in _shoot(lede)
