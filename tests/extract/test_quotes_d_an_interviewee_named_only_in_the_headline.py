"""Quotes on invented text: a Q&A whose body calls its guest only by a role ("the
choreographer") answers in the voice of the person its headline names when the headline quotes
words the body prints again; a headline whose quoted words the body never repeats names no one
who answers."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Ahead of the stage tour, the choreographer of Lantern Quay explains how the dances began."
_INTRO = (
    "The Lisbon-born dancer trained in Porto before moving to Leeds. This interview has been"
    " edited for length."
)
_PAIRS = (
    "Where did the first routine come from?",
    "A car park in Hull, at midnight. I counted the steps on my phone and we slept in the van.",
    "How did the young cast take to it?",
    "Slowly, then all at once. They taught me more than I taught them.",
    "What comes next?",
    "Rest. Then a ballet I cannot talk about yet.",
)


def _qa(title: str) -> set[tuple[str, str]]:
    return set(served_quotes(facts(_LEDE, _INTRO, *_PAIRS, title=title)))


def test_the_headline_names_the_guest_whose_quoted_words_the_body_repeats() -> None:
    served = _qa("Ines Valadares-Crook: ‘I counted the steps on my phone’")
    assert ("Slowly, then", "Ines Valadares-Crook") in served, served


def test_a_headline_quoting_words_the_body_never_prints_credits_no_answer() -> None:
    served = _qa("Ines Valadares-Crook: ‘Every stage is a harbour’")
    assert all(who != "Ines Valadares-Crook" for _, who in served), served
