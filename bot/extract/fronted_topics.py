"""A sentence fronted with the person it is about, for :mod:`bot.extract.speaker_antecedents`.

"Of Ada Vale, who plays his aunt, he is almost shy. “She said to me, ‘...’”" The name sits in a
phrase set before the clause ("Of", "About", "On", "As for", "Regarding"): the pronoun after it
speaks of that person, so it stands for someone the text before told of, never for the name in
the fronted phrase (:func:`fronted_topic`).
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_FRONTED = lazy_pattern(
    r"[ “\"‘']*(?:Of|About|On|As[ ]for|Regarding)[ ](?:[a-z][\w-]*[ ]){0,2}"
    rf"(?P<name>{NAME})(?:[’']s?)?(?:(?:,[ ][^,;:.!?“”\"]{{1,80}})?,[ ]*|[ ])$"
)
"""A preposition of topic, a name (perhaps after its role: "Of director Ada Vale"), an aside
perhaps, then the comma, or no comma, before the clause's own subject: "Of Ada Vale, ", "About
Vale, once again his mother on screen, ", "Of director Ada Vale "."""


def fronted_topic(pre: str) -> str | None:
    """The name when ``pre``, a sentence's words before a pronoun, is only a fronted topic
    phrase: "Of Ada Vale, who plays his aunt, " (then "he is almost shy"); else None."""
    found = _FRONTED.match(pre)
    return found["name"] if found is not None else None
