"""A time fans settle on ("fan accounts are circling", "viewers are betting on") is their guess,
not the makers' window; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _windows(sentence: str) -> set[str | None]:
    found = facts(sentence, date="2026-02-11", title="Copper Mile: everything we know")
    return {r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served}


def test_a_season_fan_accounts_circle_is_not_served() -> None:
    assert not _windows(
        "Channel 4 has not said when Copper Mile will air, though fan accounts are already"
        " circling “autumn 2026”."
    )


def test_a_month_viewers_bet_on_is_not_served() -> None:
    assert not _windows("Viewers on the subreddit are betting on a September 2026 release.")


def test_the_channels_own_window_is_still_read() -> None:
    assert _windows("Channel 4 says Copper Mile will air in autumn 2026.") == {"2026-09/2026-11"}
