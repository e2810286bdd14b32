"""A name glossed by its kind and a verb in -ing ("X, the film ending the saga, ...") is the
article's own production, as with "X, the film that ends the saga"."""

from __future__ import annotations

from tests.extract.helpers import served_titles


def _titles(*paragraphs: str, title: str) -> list[str]:
    return served_titles(*paragraphs, date="2026-04-17", title=title)


def test_the_film_ending_a_saga() -> None:
    paragraphs = (
        "Vexbury Forever, the film ending Ottoline Brasset's coming-of-age drama, is released "
        "on Lumen today.",
        "Harlow Pendrick plays the lead in Vexbury Forever, released on Friday.",
    )
    assert _titles(*paragraphs, title="Stars say goodbye as the final film lands") == [
        "Vexbury Forever"
    ]


def test_named_once_is_not_served() -> None:
    paragraphs = (
        "Vexbury Forever, the film ending Ottoline Brasset's coming-of-age drama, is released "
        "on Lumen today.",
        "Harlow Pendrick plays the lead, released on Friday.",
    )
    assert _titles(*paragraphs, title="Stars say goodbye as the final film lands") == []
