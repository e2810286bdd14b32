"""A name and its age after a fronted phrase ("At the Q&A, Quayle, 68, was asked ...") is the
clause's subject, so a "he said" after it is his, not someone's from the sentence before."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_BODY = (
    "The film follows Rob Varga, an old ferryman played by Tomas Quayle. Pella Norrish plays "
    "his sister Ines. The producer is Mara Quinlan of Reedlight Films."
)


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_at_the_q_and_a_name_age_was_asked() -> None:
    para = "At the Q&A, Quayle, 68, was asked how it felt. “Like lifting a piano,” he said."
    assert _speaker("Like lifting a piano", _BODY, para) == "Tomas Quayle"


def test_after_the_screening_name_age_admitted() -> None:
    para = "After the screening, Norrish, 41, admitted she had been nervous. “I shook,” she said."
    assert _speaker("I shook", _BODY, para) == "Pella Norrish"


def test_a_name_without_age_stays_as_it_was() -> None:
    para = "At the Q&A, Quayle was asked how it felt. “Like lifting a piano,” he said."
    assert _speaker("Like lifting a piano", _BODY, para) == "Tomas Quayle"
