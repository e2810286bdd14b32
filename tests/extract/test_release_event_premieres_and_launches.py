"""A premiere told by its glamour ("the big premiere tomorrow night") or a launch held at a venue
("a launch at the Odeon Kelby on Tuesday") is an event before the release, not the release."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Tin Coracle: what we know"


def test_the_big_premiere_tomorrow_is_no_release_day() -> None:
    found = served_days(
        "Tin Coracle is out on the streamer this Friday.",
        "And there is the big premiere tomorrow night at the Corran Square Odeon.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-05-15") in found
    assert ("premiere_date", "2026-05-14") not in found


def test_a_star_studded_premiere_on_a_day_is_no_release_day() -> None:
    found = served_days(
        "Tin Coracle arrives on the streamer on 5 June.",
        "Fans queued for hours for a star-studded premiere on 2 June.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-06-05") in found
    assert ("premiere_date", "2026-06-02") not in found


def test_a_launch_at_a_venue_is_no_release_day() -> None:
    found = served_days(
        "The broadcaster gave critics a first look at Tin Coracle, its four-part drama, at a "
        "launch at the Odeon Kelby on Tuesday.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert not any(kind == "premiere_date" for kind, _ in found)


def test_a_plain_premiere_on_the_streamer_stays_the_release() -> None:
    found = served_days(
        "Tin Coracle premieres on the streamer on 5 June.", title=_TITLE, date="2026-05-13"
    )
    assert ("premiere_date", "2026-06-05") in found
