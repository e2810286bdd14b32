"""Whom a "him" or "her" inside someone's reported words stands for.

"Ada Vale explained that the director sent her back to the trailer. “...,” she said.": the
sentence is about "her", and the one it is about is the sayer who reports it, since someone
telling of themselves says "me", which the reporter turns into "her". So a "she said" right
after is the reporter's, never an older subject's ("Tom Reed, 22, said ..." a sentence before).
A "him" in a sentence with no reporter ("The director took him aside.") stays unplaced. So
does the "her" of a "when" clause set after a name's own clause ("Ada Vale, 23, was working in a
shop when a casting director spotted her."): the one it is about is that clause's subject.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.lazy_patterns import lazy_pattern

_REPORTER = lazy_pattern(
    r"^(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[ ](?:[a-z]+ly[ ])?"
    rf"{SPEECH_VERBS}(?:[ ](?:us|me|the[ ][a-z]+))?[ ]that[ ]"
)
"""A sentence opened by a name and a speech verb's that-clause ("Ada Vale explained that ",
"Reed told the hosts that ")."""
_INTERRUPTED = lazy_pattern(
    r"^(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)(?:,[ ]\d{1,3},)?[ ]"
    r"(?:was|were|had[ ]been|is|has[ ]been)[ ][a-z][^.;:,“”\"]*?[ ](?:when|until)[ ]"
)
"""A sentence opened by a name's own clause and a "when" clause after it ("Ada Vale, 23, was
working in a shop when ")."""
_OTHER_GENDER = {
    "he": lazy_pattern(r"\b(?:she|her|hers|herself)\b"),
    "she": lazy_pattern(r"\b(?:he|him|his|himself)\b"),
}
"""The other gender's pronouns: "Ada Vale explained that her director took him aside" tells of
two people, so "him" may be anyone but her."""


def reporter_told_of(chunk: str, pronoun: str, acted_on: int) -> tuple[int, str] | None:
    """The reporter of ``chunk`` (the name at 0) when the pronoun acted on at ``acted_on`` stands
    in the words they report ("Ada Vale explained that the director sent her back") or in a
    "when" clause after their own ("Ada Vale was filming when Jo Reyes spotted her"); else None
    ("Ada Vale sent him back.", "The director took him aside." keep no one)."""
    opened = _REPORTER.match(chunk) or _INTERRUPTED.match(chunk)
    if opened is None or acted_on < opened.end() or pronoun not in _OTHER_GENDER:
        return None
    if _OTHER_GENDER[pronoun].search(chunk) is not None:
        return None
    return 0, opened["name"]
