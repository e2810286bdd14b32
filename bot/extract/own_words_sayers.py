"""A name before "in her words", for :mod:`bot.extract.attribution`: whose words they are.

"Ada from Hythe was, in her words, “...”" cites Ada's own words, the name a few words before
the pronoun. But when the same pronoun already stands earlier in the sentence, before that name
("Her brief from director Tom Reed was, in her words, “...”"), it is someone the text before
told, and the name is only another person the sentence brings in: never the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_OWN_WORDS = lazy_pattern(
    rf"(?<![\w’'])(?P<who>(?P<name>{NAME}))(?P<verb>(?:[ ][a-z]+){{0,4}},[ ]in[ ]"
    r"(?P<pronoun>his|her|their)[ ](?:own[ ])?words),?[ ]*$"
)
"""A name, a few words, then "in his words": "and Ada from, in her words, “...”"."""
_SAME_PERSON = {
    "his": lazy_pattern(r"(?<![\w’'-])(?:[Hh]is|[Hh]e|[Hh]im)(?![\w’'-])"),
    "her": lazy_pattern(r"(?<![\w’'-])(?:[Hh]er|[Ss]he)(?![\w’'-])"),
    "their": lazy_pattern(r"(?<![\w’'-])(?:[Tt]heir|[Tt]hey|[Tt]hem)(?![\w’'-])"),
}
"""The words that stand for the one "in his/her/their words" names."""


def own_words_sayers(pre: str) -> Iterator[re.Match[str]]:
    """The name a few words before "in her words", unless the same pronoun already stands
    before that name in ``pre`` (its own sentence's words before the quote)."""
    for match in _OWN_WORDS.finditer(pre):
        if _SAME_PERSON[match["pronoun"]].search(pre, 0, match.start()) is None:
            yield match
