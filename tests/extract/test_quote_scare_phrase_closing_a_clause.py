"""Quotes on invented text: a word or two in marks after an article or a possessive, closing the
clause and credited to no one ("accounts claiming a “full cut”."), are the writer's marks;
words a named person is credited with stay served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(paragraph: str) -> list[str]:
    found = facts(
        "Lantern Hollow arrives on Friday.",
        paragraph,
        date="2026-04-02",
        title="Lantern Hollow: what to know before Friday",
    )
    return [q.text for q in found.quotes if q.served]


def test_marked_phrase_closing_a_clause_is_held() -> None:
    for paragraph, words in (
        ("Some accounts claim to have a “secret cut”, and share links.", "secret cut"),
        ("Last week’s item on the network’s ‘snow binges’: readers wrote in.", "snow binges"),
    ):
        assert not any(text.startswith(words) for text in _served(paragraph)), paragraph


def test_a_named_persons_phrase_stays() -> None:
    served = _served("The director, Osgar Pellin, said he wanted a “proper goodbye”.")
    assert any(text.startswith("proper goodbye") for text in served)
