"""A live blog's timed entry on another work dates that work, not ours."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def test_a_live_blog_entry_on_another_work_gives_no_premiere_date() -> None:
    found = facts(
        "Live: Netflix reveals the date for the Lumen film.",
        "09:10 Welcome to our live coverage of the Lumen film reveal.",
        "10:35 Before Lumen we get a look at series two of “Copper Sound”, the Welsh coastal "
        "drama. Netflix confirms it returns on 9 March.",
        "11:02 Confirmed: the Lumen film lands on Netflix on 20 June.",
        date="2026-01-20",
        title="Lumen film date reveal: live",
    )
    dates = {r.date for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}
    assert dt.date(2026, 3, 9) not in dates
