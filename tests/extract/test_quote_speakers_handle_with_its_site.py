"""A "they wrote" after a clause whose subject is a handle with its site named after it ("and
@fen_lark on Bluesky was delighted") is that poster's, not an earlier poster's; a handle the
clause only replies to stays no subject."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_EARLIER = "@marrowfield_fan posted: “I have not stopped crying since Friday.”"


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_EARLIER, *paras))
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_and_a_reddit_handle_was_thrilled_then_they_wrote() -> None:
    para = (
        "The Odile fans: Petra Lindqvist’s Odile finally got a storyline, and u/saltmarsh_reader "
        "on Reddit was thrilled. “Odile getting a real ending is all I wanted,” they wrote."
    )
    assert _speaker("Odile getting a real ending is all I wanted", para) == "u/saltmarsh_reader"


def test_a_bluesky_handle_opening_the_sentence() -> None:
    para = (
        "@fen_lark on Bluesky loved the finale. “Ten out of ten, no notes,” they wrote "
        "the next morning."
    )
    assert _speaker("Ten out of ten, no notes", para) == "@fen_lark"


def test_a_handle_replied_to_is_no_subject() -> None:
    para = (
        "One fan kept replying to @fen_lark on Bluesky about the ending. “It was too neat,” they "
        "wrote."
    )
    assert not any(
        q.text == "It was too neat" and q.served and q.speaker == "@fen_lark" for q in _quotes(para)
    )
