"""A time passed on as talk is hedged, not served as firm: "gossip points to next summer",
"readers kept insisting that it would land in May", "a date first floated by a fan page", "a
slot that had been floated". The plain statement beside it stays firm. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> dict[str, bool]:
    found = facts(*paragraphs, date="2026-05-04")
    return {str(r.window): r.hedged for r in found.release if r.served and r.kind.value == "window"}


def test_gossip_pointing_to_a_season_is_hedged() -> None:
    windows = _windows(
        "Pellow Street, the Channel 4 comedy, has no release date yet, though studio gossip "
        "points to next summer.",
    )
    assert windows.get("2027-06/2027-08", True) is True


def test_a_season_told_plainly_is_firm() -> None:
    windows = _windows("Pellow Street, the Channel 4 comedy, arrives next summer.")
    assert windows.get("2027-06/2027-08") is False


def test_readers_insisting_on_a_month_is_hedged() -> None:
    windows = _windows(
        "Forum regulars kept insisting that Pellow Street would arrive in September.",
    )
    assert windows.get("2026-09", True) is True


def test_a_time_floated_by_someone_is_hedged() -> None:
    windows = _windows(
        "Pellow Street will surely come in September, a month first floated by a fan page.",
    )
    assert windows.get("2026-09", True) is True
