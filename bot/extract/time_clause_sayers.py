"""A sayer inside a time clause is when the words were said, not who says them.

"She repeats what she posted when the studio announced the film:" has two attributions; the
nearer one ("the studio announced") sits in a "when" clause that only dates the first sayer's
words, so the quote is the first sayer's. With no sayer before the clause ("When the studio
announced the film, it wrote:") nothing is dropped, nor when the clause's verb of saying leads
straight into the words, maybe past its listeners ("Vell laughed when Reyes joked, “...”",
"... when Reyes told reporters: “...”"): those words are the clause's sayer's.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_TIME_OPENER = lazy_pattern(r"\b(?:when|after|before|since|once|until)[ ]+$")
"""A time conjunction just before a sayer ("... when X announced"); never "as", which opens an
attribution of its own ("as X put it"), nor "while", which sets two sayers side by side ("X
shared it, while Y wrote:")."""
_OPENER_WORDS = ("when ", "after ", "before ", "since ", "once ", "until ")
_INTO_THE_WORDS = lazy_pattern(
    r"(?:[ ](?:to[ ])?(?:reporters|journalists|fans|viewers|the[ ](?:crowd|audience|press|room)|"
    r"us|me|him|her|them))?[ ]*[,:;—–-]?[ ]*$"
)
"""After a sayer's verb, nothing but its listeners and a mark before the words: the words are
what it said."""


def outside_time_clauses(pre: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The attributions in ``found`` less those opening a time clause after an earlier one."""
    if len(found) < 2 or not any(word in pre for word in _OPENER_WORDS):
        return found
    first = min(m.end() for m in found)
    return [
        m
        for m in found
        if m.start() < first
        or _TIME_OPENER.search(pre, 0, m.start()) is None
        or _INTO_THE_WORDS.fullmatch(pre, m.end()) is not None
    ]
