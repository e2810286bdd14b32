"""A past shoot's clause, then its first or last day by "with filming beginning on" or "with
filming wrapping on": the shoot's start or wrap. A shoot still to come ("will be shot ..., with
filming beginning on") tells no start. Invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Vane: everything we know"


def test_with_filming_beginning_after_a_past_shoot_is_its_start() -> None:
    days = served_days(
        "The film was shot in Fife last spring, with filming beginning on 3 March 2025.",
        title=_TITLE,
        date="2026-01-20",
    )
    assert ("filming_started", "2025-03-03") in days
    assert ("filming_wrapped", "2025-03-03") not in days


def test_with_filming_wrapping_after_a_past_shoot_is_its_wrap() -> None:
    days = served_days(
        "The film was shot in Fife, with filming wrapping on 30 May 2025.",
        title=_TITLE,
        date="2026-01-20",
    )
    assert ("filming_wrapped", "2025-05-30") in days


def test_a_shoot_still_to_come_tells_no_start() -> None:
    days = served_days(
        "The film will be shot in Fife, with filming beginning on 3 March 2026.",
        title=_TITLE,
        date="2026-01-20",
    )
    assert ("filming_started", "2026-03-03") not in days
