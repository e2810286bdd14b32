"""A page of questions and answers: paragraphs that open on a question in marks, then answer it
in plain words, are the page's questions, not anyone's quote; one question alone opening a
paragraph stays as it was."""

from __future__ import annotations

from bot.extract.faq_questions import ASKED_ON_THE_PAGE
from tests.extract.helpers import facts

_LEDE = "Gannet Row, the BBC drama starring Kestle Trewin, returns in May. Here is what we know."


def test_a_run_of_answered_questions_is_not_served() -> None:
    found = facts(
        _LEDE,
        "“Is Kestle back?” Yes. Kestle Trewin plays Morwen again.",
        "“Will there be a third series?” Nobody has said so yet, so please stop asking.",
    )
    assert not any(q.served and q.text.startswith("Is Kestle back") for q in found.quotes)
    assert not any(q.served and q.text.startswith("Will there be") for q in found.quotes)


def test_one_question_opening_a_paragraph_is_left_alone() -> None:
    found = facts(
        _LEDE,
        "“Is Kestle back?” Yes. Kestle Trewin plays Morwen again.",
        "The trailer lands on Friday.",
    )
    held = [q for q in found.quotes if q.text.startswith("Is Kestle back")]
    assert held
    assert all(q.doubt != ASKED_ON_THE_PAGE for q in held)
