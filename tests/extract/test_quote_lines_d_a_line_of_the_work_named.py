"""Quote lines on invented text: a line of the work that fans echo ("a single line from the
film's last scene, with posts simply repeating “...”") and, credited to no one, a broadcast's
line a live blog names ("The first big line of the night, from Father Tom: “...”") are the
work's words, never quotes; a fan's own post and a named guest's line stay quotes."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _served(found_quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact | None:
    return next((q for q in found_quotes if q.text.startswith(start) and q.served), None)


def test_a_line_of_the_film_fans_repeat_is_held() -> None:
    found = facts(
        "Tidewater, starring Mara Quist as Dessa Moor, arrived on the streamer at midnight.",
        "“I have not stopped crying since 2am,” wrote @harbourlights_fan.",
        "Many fans seized on a single line from the film's last scene, with thousands of posts"
        " simply repeating “you were always my harbour” in capitals.",
        date="2026-04-18",
        title="Fans react to Tidewater",
    )
    assert _served(found.quotes, "you were always") is None
    post = _served(found.quotes, "I have not stopped")
    assert post is not None and post.speaker == "@harbourlights_fan"


def test_the_nights_line_from_a_part_is_held() -> None:
    found = facts(
        "Tidewater, starring Mara Quist as Dessa Moor, begins tonight. Follow our live coverage.",
        "21:40",
        "The first big line of the night, from Father Tom: “Every bell rings for someone.”"
        " Shivers.",
        "21:52",
        "Mara Quist has joined us on the sofa. “I watched it through my fingers,” she said.",
        date="2026-09-20",
        title="Tidewater live: reaction as the drama begins",
    )
    assert _served(found.quotes, "Every bell") is None
    guest = _served(found.quotes, "I watched it")
    assert guest is not None and guest.speaker == "Mara Quist"
