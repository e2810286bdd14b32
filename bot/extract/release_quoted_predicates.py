"""A source's statement quoted from its predicate on: the words are the release's own.

"The broadcaster said the series “will premiere on Channel 9 in the autumn of 2026”": the
subject stands outside the quote and the quote opens on "will" and a release verb, so the time
inside it is the release window however many words the quote runs to, as the same words
unquoted would be. A quote that opens any other way ("“I would love to shoot another one in the
autumn of 2027”") keeps the short limit of :func:`quoted_when`.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

QUOTED_PREDICATE = lazy_pattern(
    r"(?<=[a-z][ ])[“\"](?P<when>will[ ](?:premiere|air|launch|debut|arrive|land|stream|"
    r"be[ ](?:released|broadcast|shown|available|streaming))[ ][^“”\"!?;]{3,80}?)[.]?[”\"]"
    r"|(?:(?<=filming[ ])|(?<=shooting[ ])|(?<=production[ ])|(?<=photography[ ])|(?<=cameras[ ]))"
    r"[“\"](?P<start>(?:will|(?:is|are)[ ](?:expected|due|set|scheduled|slated)[ ]to)[ ]"
    r"(?:begin|start|roll)[ ][^“”\"!?;]{3,80}?)[.]?[”\"]"
    r"|(?:(?<=[ ]is[ ])|(?<=[ ]are[ ]))[“\"](?P<due>(?:expected|due)[ ](?:in|on|for|by|during|"
    r"early|late|next|this|some)[ ][^“”\"!?;]{3,80}?)[.]?[”\"]"
)
"""A quote that opens on "will" and a release verb after a lower-case word ("said the series
“will air ...”"), up to its closing mark; or, after the shoot's noun, one that opens on its start
("said filming “is expected to begin ...”"); or, after "is", one that opens on "expected" or
"due" and a time ("the film is “expected in the first half of next year”")."""


def predicate(match: re.Match[str]) -> str:
    """The quoted words of a :data:`QUOTED_PREDICATE` match, its marks left out."""
    return match["when"] or match["start"] or match["due"]
