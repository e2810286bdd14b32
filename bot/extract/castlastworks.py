"""A part in someone's earlier work, that work set as "their last show, <title>,", for
:mod:`bot.extract.castpastasides`.

An interview or a profile recalls a maker's or an actor's previous work by a possessive and an
apposed title, then who was in it: "Your last series, Copper Sound, had Ada Vale as the vicar
Nell Hardy", "whose previous show, the BBC hit Copper Sound, made a star of Ada Vale as Nell"
(invented examples). The part is that work's, not news of the article's own, unless the title is
ours or the headline's, or the clause turns to now ("..., and this time Vale plays Mira").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_LASTS = ("last", "previous", "earlier", "first", "breakout", "breakthrough")
_LAST_WORK = lazy_pattern(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Mm]y|[Oo]ur|whose|[A-Z][\w-]*[’']s)[ ]"
    rf"(?:{'|'.join(_LASTS)})[ ]"
    r"(?:show|series|film|drama|comedy|feature|play|project|sitcom|serial)"
    r",[ ](?:the[ ](?:[\w’'+-]+[ ]){0,3}?)?[“\"‘']?(?P<work>" + NAME + r")[”\"’']?,[ ]"
    r"(?P<between>[^;.!?]{0,80}?)$"
)
"""Before the actor: the possessive, "last" (or its kin), a work's noun, the apposed title, and
the words of its clause up to the actor."""
_TURN = lazy_pattern(r"\b(?:now|this[ ]time|here|new|next|will|returns?|and)\b")
"""Words between that turn from the old work to a new one."""
TITLE_ARTICLES = frozenset({"The", "A", "An"})
"""Articles a title may open with, which name no work on their own."""


def last_work_part(fact: CastFact, context: Context) -> bool:
    """The casting is told of a possessive's earlier work, apposed by its title (see above)."""
    text = fact.evidence
    at = text.find(fact.actor)
    if at < 0 or not text.startswith(" as ", at + len(fact.actor)):
        return False
    if not any(f" {word} " in text for word in _LASTS):
        return False  # the words first: the pattern alone tries every word before the actor
    found = _LAST_WORK.search(text, max(0, at - 200), at)
    if found is None or _TURN.search(found["between"]):
        return False
    return not_ours(found["work"], context)


def not_ours(work: str, context: Context) -> bool:
    """Whether ``work``, its articles aside, has words and none the article knows as its own."""
    words = [w for w in work.split() if w not in TITLE_ARTICLES]
    return bool(words) and not any(context.is_known(w) for w in words)
