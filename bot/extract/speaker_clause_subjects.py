"""A reporting verb with a subject of its own clause, for :mod:`bot.extract.reporters`: in
"Lumen showed a teaser, the cast confirmed the film is “...”" the words are the cast's, never
those of Lumen, the sentence's first subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lexicon import ROLE_NOUN
from bot.extract.subjects import ORG_NOUN
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

_OWN_SUBJECT = lazy_pattern(
    r"(?:,|;|[ ]and|[ ]but|[ ]while)[ ](?P<who>(?:the|their|its|his|her)[ ]"
    r"(?:[a-z][\w’'-]*[ ]){0,2}?[a-z][\w’'-]*)[ ]$"
)
"""A clause after a comma or a conjunction opening on a lowercase noun phrase right before the
verb (", the cast confirmed", "and the crew revealed"): the verb's own subject."""
_ONE_HOLDER = lazy_pattern(rf"(?<![\w-])(?:{ROLE_NOUN}|{ORG_NOUN})$")
"""A subject's last word that stands for one person or company ("the actress", "the
streamer"), as a whole word (not "the ghost", "the superstar"); a group ("the cast", "the
pair") never does, whoever the resolver finds for it."""


def own_clause_subject_unplaced(resolver: Resolver, pre: str, verb_at: int, offset: int) -> bool:
    """Whether the reporting verb at ``verb_at`` in ``pre`` (which ends at ``offset``) has a
    subject of its own clause that places no one, or a group the resolver reads as one of its
    members ("the cast" as the one actor named): the words are then no one's we can name. False
    otherwise, the usual search then going on (a role or a company, "the actress", "the
    streamer", stands for someone)."""
    own = _OWN_SUBJECT.search(pre, 0, verb_at)
    if own is None:
        return False
    found = resolver.who(own["who"], offset - len(pre) + own.start("who"), "")
    return found is None or _ONE_HOLDER.search(own["who"]) is None
