"""An awards or ratings page names its work's rival ("The likeliest rival is Vela's X, directed
by A, which premiered on 4 October"): that sentence's day is the rival's. A rival named as our
own work keeps it."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(rival: str) -> set[str]:
    found = facts(
        "It has already won over its fans. Now Vela wants voters to take Quillon Row seriously.",
        "The streamer has begun a campaign for the film, which arrived on Vela on 17 April.",
        "Competition will be stiff. The likeliest rival is "
        + rival
        + ", directed by Ivo Carrick and starring Posy Ambler as a lock keeper, which premiered "
        "on 4 October and has been campaigning since the summer.",
        date="2026-12-02",
        title="Can Quillon Row win the Baftas? Vela thinks so",
    )
    return {r.date.isoformat() for r in found.release if r.date and r.confidence >= 1.0}


def test_the_named_rivals_premiere_is_the_rivals() -> None:
    days = _days("Tollcast’s The Ferry Bell")
    assert "2026-10-04" not in days
    assert "2026-04-17" in days


def test_our_own_work_named_as_the_rival_keeps_its_premiere() -> None:
    days = _days("Vela’s Quillon Row")
    assert "2026-10-04" in days
