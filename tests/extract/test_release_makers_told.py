"""Release: in an article whose headline guesses ("release date speculation"), a window or a
title the makers are told to have given ("Apex has said the film is coming in late 2026", "the
studio confirmed the film will be called X") is news, served; one the sentence also guesses
about stays held. Invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article


def _served(*paragraphs: str) -> set[tuple[str, object]]:
    article = Article(
        dt.date(2026, 3, 9),
        "Everything we know about the Lantern Bay film.",
        "Lantern Bay film: release date speculation, cast and more",
        paragraphs,
    )
    return {(r.kind.value, r.window or r.title) for r in extract_facts(article).release if r.served}


def test_a_window_the_makers_gave_is_served() -> None:
    for line in (
        "There is no release date yet, but Apex has said the film is coming in late 2026.",
        "Nothing is dated so far, though the streamer has confirmed that the movie will "
        "arrive in autumn 2026.",
    ):
        assert any(kind == "window" for kind, _ in _served(line)), line


def test_a_title_the_makers_gave_is_served() -> None:
    for line in (
        "Shooting ended in January, and last week the studio confirmed the film will be "
        "called Lantern Bay: Low Tide.",
        "Apex announced that the film is titled Lantern Bay Returns.",
    ):
        assert any(kind == "title" for kind, _ in _served(line)), line


def test_a_window_guessed_in_the_same_sentence_stays_held() -> None:
    for line in (
        "Apex has said the film is coming in late 2026, and we think it could be November.",
        "A poster on the fan forum, Lumo, said the film is coming in late 2026.",
    ):
        assert not any(kind == "window" for kind, _ in _served(line)), line


def test_a_window_the_sentence_only_thinks_likely_is_served_hedged() -> None:
    article = Article(
        dt.date(2026, 3, 9),
        "Everything we know about the Lantern Bay film.",
        "Lantern Bay film: release date speculation, cast and more",
        ("Nobody has said the film is coming in late 2026, but it seems likely.",),
    )
    windows = [r for r in extract_facts(article).release if r.kind.value == "window"]
    assert windows and all(r.hedged for r in windows if r.served), windows
