"""Quotes on invented text: an unnamed poster whose account the article gives is that account:
"posting as @x" after a label naming a site ("A Bluesky user, posting as @x, ..."), or the
sentence right after the words ("The post, from @x, ..."); a handle the post only mentions, or
a later post from another, leaves the unnamed poster's words as they were."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Fans reacted overnight to the final episode of Gull Harbour."


def _speaker(quotes: tuple[QuoteFact, ...], start: str) -> str:
    """The speaker of the quote opening on ``start``."""
    return next(q.speaker for q in quotes if q.text.startswith(start))


def test_a_site_users_posting_as_handle_is_the_speaker() -> None:
    found = facts(
        _LEDE,
        "A Bluesky user, posting as @harbour.gull.fan, filmed himself watching the ending with"
        " the caption “who allowed this.”",
    )
    assert _speaker(found.quotes, "who allowed") == "@harbour.gull.fan", found.quotes


def test_the_post_from_a_handle_right_after_is_the_posters() -> None:
    found = facts(
        _LEDE,
        "One viewer posted: “The whole pub went silent at the lighthouse scene.” The post, from"
        " @pellow_tides, has been shared 5,000 times.",
    )
    assert _speaker(found.quotes, "The whole pub") == "@pellow_tides", found.quotes


def test_a_handle_mentioned_in_a_later_sentence_is_not_the_posters() -> None:
    found = facts(
        _LEDE,
        "One viewer posted: “The whole pub went silent at the lighthouse scene.” Another post,"
        " tagging @pellow_tides, was shared 5,000 times.",
    )
    assert _speaker(found.quotes, "The whole pub") != "@pellow_tides", found.quotes
