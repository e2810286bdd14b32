"""An age word opening a full name that the article gives an age ("Young Ada Vale, 14, who plays
..., says") describes the speaker; it is no part of her name. Without an age beside it the name
is left as written."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_LEAD = "Lumen Pictures premiered its drama Tidewrack in Hull on Friday."


def _quote(text: str, para: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, para))
    return next(q for q in extract_facts(article).quotes if q.text == text and q.served)


def test_young_before_an_aged_name_with_a_part_is_not_the_name() -> None:
    para = (
        "Young Perpetua Halloran, 14, who plays the skipper's daughter Nell, says she "
        '"can\'t sleep" tonight.'
    )
    assert _quote("can't sleep", para).speaker == "Perpetua Halloran"


def test_little_before_an_aged_name_is_not_the_name() -> None:
    para = "Little Oisín Varley-Crane, 9, was the star of the carpet. “I met a horse,” he said."
    assert _quote("I met a horse", para).speaker == "Oisín Varley-Crane"


def test_an_age_word_before_a_name_with_no_age_beside_it_stays() -> None:
    para = 'Young Perpetua Halloran, who plays Nell, says she "can\'t sleep" tonight.'
    assert _quote("can't sleep", para).speaker == "Young Perpetua Halloran"
