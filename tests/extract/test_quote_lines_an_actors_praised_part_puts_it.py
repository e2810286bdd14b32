"""Quote lines on invented text: an actor's part named after the actor's possessive, a word of
praise between, saying the words ("as Ada Vale's brilliant Marlo Dunn puts it, “...”") is the
work's line, not the part's quote; a person after the possessive (a co-star, a husband) still
speaks."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(sentence: str, start: str) -> QuoteFact | None:
    found = facts(
        "Tidewater arrives on Vireo today, and it is a gentle, stormy goodbye.",
        f"The sisters are leaving the island for good and, {sentence}",
        "Rowan Ames directs from his own script.",
        date="2026-02-10",
        title="What to watch this Friday",
    )
    return next((q for q in found.quotes if q.text.startswith(start)), None)


def test_an_actors_praised_part_saying_the_words_is_not_served() -> None:
    for sentence in (
        "as Mara Quist’s wonderful Dessa Moor puts it, “the sea keeps what it wants”.",
        "Ivo Brandt’s gruff Orvo says, “the sea keeps what it wants”.",
    ):
        quote = _quote(sentence, "the sea keeps")
        assert quote is None or not quote.served, sentence


def test_a_co_star_after_an_actors_possessive_still_speaks() -> None:
    quote = _quote(
        "as Mara Quist’s co-star Ivo Brandt puts it, “we all cried on the last day”.",
        "we all cried",
    )
    assert quote is not None and quote.served and quote.speaker == "Ivo Brandt"
