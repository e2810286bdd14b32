"""Questions kept in a button's custom_id: written short, read back exactly, or not at all."""

from __future__ import annotations

from bot.knowledge.questions import Asked, Question


def test_a_question_reads_back_exactly_whatever_its_options_hold() -> None:
    question = Question(Asked.QUOTE, ("Zoë O'Hara|Brennan", "100% | true"))
    assert Question.decode(question.encode()) == question
    assert Question.decode(Question(Asked.CREW).encode()) == Question(Asked.CREW)


def test_text_that_is_not_a_question_reads_as_none() -> None:
    assert Question.decode("zz|x") is None
    assert Question.decode("") is None


def test_a_search_keeps_only_its_words_and_pages_by_query() -> None:
    question = Question.search('  "premiere" AND (date)!! ')
    assert question.options == ("premiere AND date", "0")
    assert question.on_page(2).options == ("premiere AND date", "2")
    assert question.paged_by_query and not question.random
    assert Question(Asked.CAST, ("newest",)).on_page(3) == Question(Asked.CAST, ("newest",))
