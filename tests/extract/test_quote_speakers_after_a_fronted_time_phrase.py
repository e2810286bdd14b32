"""A "she calls it" after a sentence that opens on a time or place phrase with no comma ("In the
morning Ada Vale arrives") is the name after the phrase, never a speaker quoted paragraphs
before; a name inside the phrase stays no subject."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_BEFORE = (
    "Director Hollis Brayburn-Kemp runs a calm set on the Norfolk coast.",
    "“Nobody shouts here,” Brayburn-Kemp tells me later. “If she frowns, we stop.”",
)
_CAST = "Tamsin Okorie-Hale plays Ruth Kettering, and Bram Oduya plays her brother Joss Kettering."


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_CAST, *_BEFORE, *paras))
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_in_the_afternoon_then_a_name() -> None:
    para = (
        "In the afternoon Tamsin Okorie-Hale arrives to shoot a scene as Ruth Kettering, Joss's "
        "sister. She calls the first series “a different life”."
    )
    assert _speaker("a different life", para) == "Tamsin Okorie-Hale"


def test_at_the_wrap_party_then_a_name() -> None:
    para = (
        "At the wrap party Tamsin Okorie-Hale sits with Ruth Kettering's stunt double, Joss's "
        "friend. She calls the shoot “the best summer of my life”."
    )
    assert _speaker("the best summer of my life", para) == "Tamsin Okorie-Hale"


def test_a_phrase_with_no_name_after_it_finds_no_one_new() -> None:
    para = "In the afternoon the rain comes in off the sea. She calls it “a mercy”."
    assert not any(q.text == "a mercy" and q.served and q.speaker == "Tamsin Okorie-Hale"
                   for q in _quotes(para))  # fmt: skip
