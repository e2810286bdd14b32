"""A pronoun's look-back that reaches the name a description stands for.

The text a recalled "she says" must not name someone else in (:mod:`bot.extract.pronoun_windows`)
is the sentence before the pronoun's own. When that sentence's subject is only a description
("Ada Vale comes in. The novelist, who wrote the first draft, sits at the back. Asked about the
ending, she says only: “...”"), the description stands for the person named just before it, so
the window reaches back one more sentence of the same paragraph to read that name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from bot.extract.lexicon import ROLE_NOUN
from bot.extract.pronoun_windows import pronoun_window
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_DESCRIBED = lazy_pattern(r"(?:[Tt]he|[Oo]ur)[ ](?:[a-z-]+[ ]){0,2}?" + ROLE_NOUN + r"\b")
"""A sentence whose subject is a described person ("The novelist,", "The film's director")."""
_START = attrgetter("start")
_END = attrgetter("end")


def described_window(doc: Doc, offset: int) -> int:
    """Where a pronoun at ``offset`` looks back from, one sentence further when the window's
    first sentence opens with a description of a person ("The novelist, who ...")."""
    start = pronoun_window(doc, offset)
    if not _DESCRIBED.match(doc.masked, start):
        return start
    ends = bisect_right(doc.sentences, start, key=_END)  # those ending by ``start``
    opens = bisect_left(doc.sentences, start, key=_START)  # the first opening at or after it
    if not ends or opens == len(doc.sentences):
        return start
    before, opening = doc.sentences[ends - 1], doc.sentences[opens]
    return before.start if before.para == opening.para else start
