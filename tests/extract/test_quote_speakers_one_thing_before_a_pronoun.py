"""A bare "One" before a thing's noun and a comma ("One motif, which she calls ...", "One
sequence, a night scene, was shot ...") counts a thing; the "she says" after it stands for the
person the article is about, never for an unnamed someone called "One"."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_LEAD = "Oriane Pellicott has scored the Drennock Films drama Harrowglass, out in May."


def _quote(text: str, *paras: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, *paras))
    return next(q for q in extract_facts(article).quotes if q.text == text)


def test_one_motif_with_a_which_aside_is_a_thing() -> None:
    para = (
        "One motif, which she calls “the ferry theme”, comes back in the finale. "
        "“I wanted it to sound like fog,” she says."
    )
    quote = _quote("I wanted it to sound like fog", para)
    assert quote.served
    assert quote.speaker == "Oriane Pellicott"


def test_one_sequence_with_an_apposition_is_a_thing() -> None:
    para = (
        "Pellicott recorded most of it in a church. One sequence, a storm at sea, took three "
        "days. “We ran out of candles,” she says."
    )
    quote = _quote("We ran out of candles", para)
    assert quote.served
    assert quote.speaker == "Oriane Pellicott"
