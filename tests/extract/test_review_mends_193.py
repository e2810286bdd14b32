"""Review mends of round 193: sentences written otherwise than the round's examples, each
checking that a rule takes the kind of writing it was meant for and no more. Invented text."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _served_premieres(*paragraphs: str) -> set[dt.date]:
    found = facts(*paragraphs, date="2026-01-10", title="Gull Harbour")
    return {
        r.date for r in found.release if r.served and r.kind.value == "premiere_date" and r.date
    }


def test_a_cinema_day_after_a_festival_day_is_the_release() -> None:
    assert dt.date(2026, 3, 14) in _served_premieres(
        "Gull Harbour will premiere on 22 January 2026 at the Sundance Film Festival.",
        "The film also arrives on Rivelo on 14 March.",
    )
    assert dt.date(2026, 3, 14) in _served_premieres(
        "Gull Harbour gets a preview screening on 20 January 2026 at the BFI.",
        "The series also lands on Rivelo on 14 March.",
    )


def test_a_second_channel_after_a_streamer_day_is_still_held() -> None:
    assert _served_premieres(
        "Gull Harbour arrives on Rivelo on 6 February 2026.",
        "The drama will also air on Channel 4 from 2 April.",
    ) == {dt.date(2026, 2, 6)}
