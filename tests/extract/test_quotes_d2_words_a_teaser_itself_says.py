"""Words a teaser, a trailer or a poster itself "says" are what it shows or plays, no one's
quote; a person who speaks after the clip is named keeps the words."""

from __future__ import annotations

from collections.abc import Sequence

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _served(quotes: Sequence[QuoteFact], opening: str) -> bool:
    return any(q.served and q.text.startswith(opening) for q in quotes)


def test_the_words_a_teaser_had_said_are_not_served() -> None:
    found = facts(
        "Channel 4 has finally dated Brineholt, its coastal thriller, for 9 October.",
        "The first teaser, released in June, had said only “later this year”.",
    )
    assert not _served(found.quotes, "later this year")


def test_the_words_a_poster_simply_says_are_not_served() -> None:
    found = facts(
        "The campaign for Brineholt began on Monday with posters across the city.",
        "The poster simply says “Some tides never turn”, above a single lighthouse.",
    )
    assert not _served(found.quotes, "Some tides")


def test_a_person_speaking_after_the_trailer_keeps_the_words() -> None:
    found = facts(
        "The Brineholt trailer arrived on Tuesday.",
        "After the trailer dropped, showrunner Pell Adeyemi-Ross said: “We kept the best"
        " scenes back on purpose.”",
    )
    assert _served(found.quotes, "We kept the best")


def test_a_post_with_the_trailer_keeps_its_message() -> None:
    found = facts(
        "Channel 4 shared the Brineholt trailer on Tuesday.",
        "The channel’s post with the trailer said: “Come home before the tide does.”",
    )
    assert any(q.text.startswith("Come home") for q in found.quotes)
