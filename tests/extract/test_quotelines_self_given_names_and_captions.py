"""A thing's name for itself, a caption on a picture and a phrase scare-quoted before
"through" are labels in marks, not quotes; a person's name for herself stays hers."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _served(text: str, *paras: str) -> bool:
    return any(q.served and q.text == text for q in _quotes(*paras))


def test_a_genre_films_call_themselves_is_held() -> None:
    para = "I have sat through many films that call themselves “moor gothic”. Ravelhope is not one."
    assert not _served("moor gothic", para)


def test_a_name_a_show_bills_itself_as_is_held() -> None:
    para = "The series billed itself as “a comedy of errors” and delivered none of them."
    assert not _served("a comedy of errors", para)


def test_a_caption_on_a_still_is_held() -> None:
    para = (
        "One frame of Wenna Trask at a sink went round at once. "
        "Fans captioned it “Dad has left the group”."
    )
    assert not _served("Dad has left the group", para)


def test_a_caption_on_the_shot_with_words_is_held() -> None:
    para = "Someone captioned the shot with “main character energy” within the hour."
    assert not _served("main character energy", para)


def test_a_phrase_scare_quoted_before_through_is_held() -> None:
    para = "The profile explains why the valley looked like “a dream” through her lens."
    assert not _served("a dream", para)


def test_a_person_calling_herself_something_stays_hers() -> None:
    para = "Orla Benedek called herself “a very late bloomer” when we met in Tralee."
    quotes = _quotes(para)
    assert any(q.text == "a very late bloomer" and q.served for q in quotes)


def test_words_a_person_put_under_her_own_post_stay_hers() -> None:
    para = "Orla Benedek captioned her post: “We wrapped today and I cannot stop crying.”"
    assert _served("We wrapped today and I cannot stop crying.", para)
