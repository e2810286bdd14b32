"""Hearsay of someone's state ("X is said by friends to be “...”") is not X's own words; an
unnamed bystander who whispers or murmurs the words ("“...,” one runner whispers to me") speaks
them, not the person the words are about; a person's own whisper stays theirs."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact, SourceKind

_CAST = "Starring: Pella Norrish (Ines Vantor), Tomas Quayle (Rob Vantor)"


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _found(text: str, *paras: str) -> QuoteFact:
    return next(q for q in _quotes(*paras) if q.text == text)


def test_said_by_friends_to_be_is_not_the_subjects_words() -> None:
    para = "Writer Anwen Strake, whose show drew millions, is said by friends to be “crushed”."
    assert not _found("crushed", para).served


def test_said_by_old_colleagues_to_be_is_not_the_subjects_words() -> None:
    para = "Director Colm Ardagh is said by his old colleagues to be “furious” about the cut."
    assert not _found("furious", para).served


def test_said_she_was_stays_the_speakers() -> None:
    para = "Producer Ines Tarrow said she was “delighted” with the cast."
    assert _found("delighted", para).speaker == "Ines Tarrow"


def test_a_runner_who_whispers_speaks_not_the_star() -> None:
    para = "Tomas Quayle is late again. “He missed the bus,” a runner whispers. “Again.”"
    found = _found("He missed the bus", _CAST, para)
    assert (found.speaker, found.source) == ("a runner", SourceKind.UNNAMED)


def test_one_driver_who_murmurs_to_me_speaks_not_the_star() -> None:
    para = "Pella Norrish arrives. “She brought cake,” one driver murmurs to me. “Good cake.”"
    found = _found("Good cake.", _CAST, para)
    assert (found.speaker, found.source) == ("one driver", SourceKind.UNNAMED)


def test_a_named_persons_whisper_stays_theirs() -> None:
    para = "Quayle whispers, “I loved every day of it,” as the house lights go down."
    assert _found("I loved every day of it", _CAST, para).speaker == "Tomas Quayle"
