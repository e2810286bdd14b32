"""A caption's label ("Guest", "Fans") or a diary's subjectless verb ("Met") that opens a
sentence before a full name is none of the name: the quote after it is the person's alone."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_BODY = "Brackwater Bay stars Odile Farrant as a lighthouse keeper. It reaches Channel 4 in May."


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_BODY, *paras))
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_a_caption_guest_label_is_not_the_name() -> None:
    para = (
        "Picture 3 of 6: Guest Corwin Ashby-Lowe waves to the crowd. “This show raised me,” he"
        " said of the cast."
    )
    assert _speaker("This show raised me", para) == "Corwin Ashby-Lowe"


def test_a_fans_label_before_a_name_and_age_is_not_the_name() -> None:
    para = (
        "Fans Tilda Morrow, 22, and Ravi Penhallow, 24, queued overnight. “We saw every"
        " episode,” Morrow said."
    )
    assert _speaker("We saw every episode", para) == "Tilda Morrow"


def test_a_diary_met_before_a_name_is_not_the_name() -> None:
    para = (
        "Met Ansel Quarrie properly. He plays my uncle, Bram Doyle, and is kind off camera. “I"
        " was awful at drama school,” he said."
    )
    assert _speaker("I was awful at drama school", para) == "Ansel Quarrie"


def test_a_name_without_a_label_stays_as_it_was() -> None:
    para = "Corwin Ashby-Lowe waves to the crowd. “This show raised me,” he said of the cast."
    assert _speaker("This show raised me", para) == "Corwin Ashby-Lowe"


def test_a_label_word_as_a_surname_stays_the_name() -> None:
    para = "Producer Ilse Fan looked back on the shoot. “It hailed twice,” Fan said."
    assert _speaker("It hailed twice", para) == "Ilse Fan"
