"""A release time the sentence then calls rumoured ("a May launch has long been rumoured") is
hedged; the same time said to be confirmed stays plain. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[tuple[str, bool]]:
    found = facts(*paragraphs, date="2025-10-01", title="When is Marrowgate out?")
    release = found.release
    return {(str(r.window), r.hedged) for r in release if r.served and r.kind.value == "window"}


def test_a_rumoured_time_is_hedged() -> None:
    assert _windows(
        "Lumen has said little, although an autumn 2026 debut has been widely rumoured."
    ) == {("2026-09/2026-11", True)}
    assert _windows("Marrowgate is coming. A summer 2026 release is rumoured.") == {
        ("2026-06/2026-08", True)
    }


def test_a_confirmed_time_stays_plain() -> None:
    assert _windows("Marrowgate is coming. A summer 2026 release is confirmed.") == {
        ("2026-06/2026-08", False)
    }


def test_another_subjects_rumour_leaves_the_day_plain() -> None:
    found = facts(
        "Marrowgate opens in UK cinemas on 8 May 2026, after a festival tour that is rumoured "
        "to take in Cannes.",
        date="2025-10-01",
        title="When is Marrowgate out?",
    )
    days = {(r.date, r.hedged) for r in found.release if r.kind.value == "premiere_date"}
    assert days == {(dt.date(2026, 5, 8), False)}
