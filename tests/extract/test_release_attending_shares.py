"""On invented text: a share of people "coming on Saturday" (to a screening) is their movement,
not the film's release."""

from __future__ import annotations

from tests.extract.helpers import served_days


def test_a_share_of_people_coming_on_a_day_is_not_the_release() -> None:
    days = served_days(
        "Wrenmoor, the debut of director Tamsin Oakhurst, screens at the Fernwhistle Film Festival "
        "this weekend.",
        "Are the villagers coming to see it? Most of them are coming on Saturday, so no pressure.",
        title="Tamsin Oakhurst on Wrenmoor",
        date="2026-07-10",
    )
    assert not {d for d in days if d[0] == "premiere_date"}
