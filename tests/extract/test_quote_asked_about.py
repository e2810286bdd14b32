"""Quotes on invented text: a passive question opening the sentence ("Asked whether she would
work with Abbott again, she laughed.") names whom the question is about; the pronoun that
answers is someone else, so the words are never that person's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(*paragraphs: str) -> str | None:
    for quote in facts(*paragraphs).quotes:
        if quote.text.startswith("Only if"):
            return quote.speaker
    return None


def test_the_one_a_passive_question_is_about_is_not_the_answerer() -> None:
    for opening, last in (
        ("The film, directed by Corin Abbott, began shooting in July.",
         "Asked whether she would work with Abbott again, she laughed. “Only if he buys the "
         "coffee.”"),
        ("Corin Abbott directs the film, which began shooting in July.",
         "Asked if she would work with Abbott again, she smiled. “Only if he buys the coffee.”"),
        ("Corin Abbott directs the film, which began shooting in July.",
         "Asked about Corin Abbott, she said: “Only if he buys the coffee.”"),
    ):  # fmt: skip
        assert _speaker(opening, last) != "Corin Abbott", last


def test_a_passive_question_about_something_else_keeps_the_pronoun() -> None:
    found = _speaker(
        "Corin Abbott directs the film, which began shooting in July.",
        "“We start early,” he said. Asked whether the shoot would run late, he shrugged: "
        "“Only if it rains.”",
    )
    assert found == "Corin Abbott"
