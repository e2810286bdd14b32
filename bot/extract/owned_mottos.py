"""Words the sentence calls a named person's motto, mantra or catchphrase: "Ada Vale joked that
Reyes's motto on set was “...”" gives the words to Reyes, whose saying they are, not to the one
who tells of it. A possessor no person of the article resolves to ("Lumen's slogan") leaves the
words with no one rather than with the teller; the possessor's own words ("Reyes says his motto
is “...”") stay his.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.names import NAME
from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_MOTTO = lazy_pattern(
    rf"(?<![\w’'-])(?P<owner>{NAME})(?:[’']s|(?<=s)[’'])[ ](?:[a-z]+[ ]){{0,2}}?"
    r"(?:motto|mantra|catchphrase|catch-phrase|watchword|refrain|favourite[ ]saying)"
    r"(?:[ ](?:on|in|at|for)[ ](?:[a-z]+[ ]){0,2}?[a-z]+)?"
    r"[ ](?:was|is|had[ ]been|became|has[ ]become)(?:[ ](?:simply|just|always|basically))?"
    r"[ ]*[:,]?[ ]*$"
)
_WORDS = ("motto", "mantra", "catch", "watchword", "refrain", "saying")
"""The cheap test before the pattern: one of its nouns close before the marks."""
_REACH = 90


def motto_owner(
    text: str, quote: Quote, fact: QuoteFact, resolve: Callable[[str], str | None]
) -> QuoteFact | None:
    """``fact`` credited to the person whose motto the words are named as, or unattributed when
    the possessor is no one known; None when no such motto is named right before the marks."""
    opens = quote.start - 1
    start = max(opens - _REACH, text.rfind("\n", 0, opens) + 1)
    if not fact.speaker or not any(text.find(w, start, opens) >= 0 for w in _WORDS):
        return None
    found = _MOTTO.search(text, start, opens)
    if found is None or any(w in found["owner"].split() for w in fact.speaker.split()):
        return None
    person = resolve(found["owner"])
    if person is None:
        return fact.unattributed()
    return replace(fact, speaker=person, source=SourceKind.PERSON, attribution=found["owner"])
