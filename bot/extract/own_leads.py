"""Words led in by their own sayer ("..., and I told him, “Yes, you did.”", "Financiers asked,
“...?”") are that sayer's, never the one a quote beside them or the sentence before credits.

A quote the resolver gives no attribution of its own was credited by its neighbours: the words
go on from a quote before, or the sentence is about someone. When a speech verb with its own
subject stands right before the marks and that subject names no one the resolver knows (the
writer's or an answerer's "I", a crowd of "financiers"), the words are that subject's; the
neighbour's name would be a guess, so they are left to no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lexicon import SPEECH_VERBS
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

_OWN_LEAD = lazy_pattern(
    rf"(?:(?:^|(?<=[ ,;(]))(?P<who>I|[Ww]e)|(?:^|(?<=[.!?][ ]))(?P<many>[A-Z][a-z]+s))"
    rf"[ ]{SPEECH_VERBS}"
    r"(?:[ ](?:him|her|them|me|us))?[,:]?[ ]*[“‘\"']?$"
)
"""A first person, or a bare plural noun opening its sentence, and its speech verb right before
the marks: "I told him, “", "Financiers asked, “" (not "the author of Loveless said: “")."""
_REACH = 60


def own_leads_kept(resolver: Resolver, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote credited with no attribution of its own whose marks follow a speech verb with
    a subject the resolver cannot name, left to no one (see above)."""
    text = resolver.doc.text
    found: list[QuoteFact] = []
    at = 0
    for fact in quotes:
        start = text.find(fact.text, at)
        if start < 0:
            found.append(fact)
            continue
        at = start + len(fact.text)
        unnamed = fact.speaker and not fact.attribution and _unnamed_lead(resolver, text, start)
        found.append(fact.unattributed() if unnamed else fact)
    return found


def _unnamed_lead(resolver: Resolver, text: str, start: int) -> bool:
    """The marks at ``start`` follow a speech verb whose subject ("I", "Financiers") names no
    one."""
    lead = _OWN_LEAD.search(text, max(start - _REACH, 0), start)
    if lead is None:
        return False
    who = lead["who"] or lead["many"]
    return resolver.who(who, lead.start("who" if lead["who"] else "many"), "") is None
