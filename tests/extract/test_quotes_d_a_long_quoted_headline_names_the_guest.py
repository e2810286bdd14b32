"""Quotes on invented text: a Q&A's headline that quotes its guest at length before the name
("‘...’: Ada Vale on ...") still names who answers; a headline quoting words and naming no one
after them credits no answer."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Newcomer Farrah Lindqvist-Oduya talks about her first film, the harbour drama Saltgrey."
_INTRO = "Lindqvist-Oduya finished the shoot in May. This interview has been edited for length."
_PAIRS = (
    "How did the audition go?",
    "Badly, I thought. I forgot a line and laughed, and they kept me for another hour.",
    "Who helped you most on set?",
    "The sound recordist. She lent me her coat every night for a month.",
    "What comes after this?",
    "A summer in a tent at a festival, then I go back to college.",
)
_WORDS = "‘I forgot a line and laughed, and somehow they still kept me in the room for an hour’"


def _qa(title: str) -> set[tuple[str, str]]:
    return set(served_quotes(facts(_LEDE, _INTRO, *_PAIRS, title=title)))


def test_a_long_quote_before_the_name_still_names_who_answers() -> None:
    served = _qa(f"{_WORDS}: Farrah Lindqvist-Oduya on Saltgrey")
    assert ("The sound re", "Farrah Lindqvist-Oduya") in served, served


def test_a_long_quote_with_no_name_after_it_credits_no_answer() -> None:
    served = _qa(f"{_WORDS}: a harbour drama comes ashore")
    assert all(who != "Farrah Lindqvist-Oduya" for _, who in served), served
