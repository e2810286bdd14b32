"""A reply introduced by a colon after a fronted clause that holds the question: "When one fan
asked (or yelled a question) about the ending, Ada Vale just smiled: “...”" is Ada Vale's, the
main clause's subject, never the asker's, though "asked" is the speech verb nearest the words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.subjects import clause_subjects
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_FRONTED = lazy_pattern(r"(?:^|(?<=[.!?][ ]))(?:When|After|Once|Whenever)[ ]")
"""A time clause opening the sentence ("When a fan asked ...,")."""
_ASKED = lazy_pattern(
    r"\b(?:asked|questioned|wondered|quizzed|pressed|shouted|yelled|called[ ]out|heckled)\b"
)
"""A verb by which the fronted clause's someone puts a question or a cry ("When one fan yelled")."""
_COLON_END = lazy_pattern(r":[ ]*[“\"‘']?[ ]*$")


def fronted_reply(
    resolver: Resolver, pre: str, span: tuple[int, int], base: int, speaker: Speaker
) -> Speaker:
    """``speaker``, of the attribution at ``span`` in ``pre``, unless it asks in a fronted time
    clause and a person, the main clause's subject, then introduces the words with a colon."""
    start, end = span
    if _COLON_END.search(pre) is None or _ASKED.search(pre, start, end) is None:
        return speaker
    openers = [m.end() for m in _FRONTED.finditer(pre, 0, start + 1)]
    if not openers or any(mark in pre[openers[-1] : start] for mark in ".!?"):
        return speaker  # no time clause opens the asker's own sentence
    later = [at for at, _ in clause_subjects(pre[end:]) if at and "," in pre[end : end + at]]
    if not later:
        return speaker
    found = resolver.subject(pre[end + later[0] :], base + end + later[0])
    if found is None or found.source is not SourceKind.PERSON:
        return speaker
    return replace(speaker, name=found.name, source=found.source)
