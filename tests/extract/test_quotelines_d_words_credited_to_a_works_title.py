"""Quotes on invented text: words a sentence gives to its subject, a film the body writes as a
work ("The Welsh film Hollow Tide has been called a “...”"), are held, not served as the
title's; a maker named in a clause after a genre word ("the film Ada wrote") keeps his."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The Welsh film Hollow Tide opens in cinemas next month after a long festival run."
_RUN = "Hollow Tide, written and directed by Gethin Moss, premiered at Galway last summer."


def _held_texts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-02")
    return {q.text for q in found.quotes if not q.served}


def test_a_label_given_to_the_film_is_not_the_films_words() -> None:
    found = facts(
        _LEDE,
        _RUN,
        "The Welsh film Hollow Tide has been called a “quiet triumph” by festival juries.",
        date="2026-05-02",
    )
    assert not any(speaker == "Hollow Tide" for _, speaker in served_quotes(found))
    assert "quiet triumph" in _held_texts(
        _LEDE, _RUN, "The Welsh film Hollow Tide has been called a “quiet triumph” by juries."
    )


def test_the_maker_named_after_a_genre_word_keeps_her_words() -> None:
    found = facts(
        _LEDE,
        "It is the film Gethin Moss wrote after his father died. “I had to write it down,”"
        " Gethin Moss said.",
        date="2026-05-02",
    )
    assert ("I had to wri", "Gethin Moss") in served_quotes(found)
