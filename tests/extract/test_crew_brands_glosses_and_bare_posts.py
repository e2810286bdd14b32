"""Crew told apart from a brand before a work's noun, and posts told with no object (invented
sentences)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_brand_between_an_article_and_film_is_no_writer() -> None:
    found = facts(
        "Filming has wrapped on The Quiet Pylon, the Sky Original film adapted from Petra "
        "Vunk's best-selling Victorian novel.",
        "The film is directed by Tobiah Marsk.",
    )
    assert ("writer", "Sky Original") not in _served(found)
    assert ("author", "Petra Vunk") in _served(found)
    assert ("director", "Tobiah Marsk") in _served(found)


def test_writes_and_directs_closing_a_clause_credits_both() -> None:
    found = facts(
        "The Quiet Pylon is a fine, sad film.",
        "Marta Okri-Vell, whose debut Saltfen was a modest hit in 2022, writes and directs.",
    )
    assert {("writer", "Marta Okri-Vell"), ("director", "Marta Okri-Vell")} <= _served(found)


def test_returning_as_director_before_another_clause_credits_the_director() -> None:
    found = facts(
        "The Quiet Pylon returns next year.",
        "Filming on series two began in Keswick, with Tobiah Marsk returning as director and "
        "Osgar Penhale producing for Greymoss Television.",
    )
    assert ("director", "Tobiah Marsk") in _served(found)


def test_your_producer_in_an_interview_question_is_the_producer() -> None:
    found = facts(
        "The Quiet Pylon opens next month.",
        "Q: Your producer, Dervla Quince, has called the film a ghost story. Fair?",
    )
    assert ("producer", "Dervla Quince") in _served(found)
