"""A later day on a second channel after the release ("for viewers without the app, it begins on
BBC Two on 20 March") is a second outing, held; the same words with no earlier release day are
left alone. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[dt.date]:
    found = facts(*paragraphs, date="2026-03-06", title="Gull Harbour streams today")
    return {
        r.date for r in found.release if r.served and r.kind.value == "premiere_date" and r.date
    }


def test_a_second_channel_after_the_release_is_held() -> None:
    assert _premieres(
        "Gull Harbour, the new eight-part thriller, arrives on Rivelo on 6 March 2026.",
        "For viewers without Rivelo, the series begins on BBC Two on 20 March, weekly.",
    ) == {dt.date(2026, 3, 6)}
    assert _premieres(
        "Gull Harbour, the new eight-part thriller, arrives on Rivelo on 6 March 2026.",
        "The drama will also air on Channel 4 from 2 April.",
    ) == {dt.date(2026, 3, 6)}


def test_the_only_release_day_stays_served() -> None:
    assert _premieres(
        "For viewers without a subscription, Gull Harbour begins on BBC Two on 20 March 2026."
    ) == {dt.date(2026, 3, 20)}


def test_a_plain_later_day_is_not_a_second_outing() -> None:
    assert dt.date(2026, 4, 2) in _premieres(
        "Gull Harbour was pushed back from 6 March 2026.",
        "The series now arrives on Rivelo on 2 April.",
    )
