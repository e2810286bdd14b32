"""A part's line told through "the scene where X just says" and a stock reason named as "the
official line" are no one's quote; a person's own words after them stay served."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _served(text: str, *paras: str) -> bool:
    return any(q.served and q.text == text for q in _quotes(*paras))


_CAST = "Starring: Pella Norrish (DS Ines Varga), Tomas Quayle (Rob Varga)"


def test_a_scene_where_a_part_just_says_a_line_is_held() -> None:
    para = "Norrish is superb. The cellar scene where Ines just says “Open the door” and waits?"
    assert not _served("Open the door", _CAST, para)


def test_a_scene_where_a_part_quietly_tells_him_is_held() -> None:
    para = "The best bit is the scene where Rob quietly tells her “I was never there” on the pier."
    assert not _served("I was never there", _CAST, para)


def test_an_actor_who_says_something_herself_stays_served() -> None:
    para = "Pella Norrish just says “I loved every day of it” when we ask about the shoot."
    assert _served("I loved every day of it", _CAST, para)


def test_the_official_line_in_marks_is_held() -> None:
    para = "The official line is “scheduling conflicts”, which tells us nothing at all."
    assert not _served("scheduling conflicts", para)


def test_the_stated_reason_in_marks_is_held() -> None:
    para = "Halden Street lost its showrunner in May. The stated reason was “personal matters”."
    assert not _served("personal matters", para)


def test_a_spokesperson_giving_the_reason_keeps_the_words() -> None:
    para = "A Brightwater spokesperson said the delay was down to “scheduling conflicts”."
    facts = [q for q in _quotes(para) if q.text == "scheduling conflicts"]
    assert facts and facts[0].speaker
