"""A described teller inside someone's report: "Rumi Vale said the actor had told him to “...”".

The one the report's subject says told *him* is someone other than that subject: a descriptor
("the actor", "her director") found to be the reporter is the wrong speaker, and the words go
to no one rather than to the one who relays them; so too the "she" of an aside set inside the
telling ("Her old teacher, she says, once told her: “...”").
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.subjects import DESCRIPTOR
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_TELLS = r"(?:told|asked|urged|warned|begged|ordered|reminded)[ ](?:him|her|them)\b"
"""A telling with a pronoun object ("told him", "urged her")."""
_TOLD_OBJECT = lazy_pattern(rf"{DESCRIPTOR}[ ](?:had[ ]|has[ ]|once[ ]|would[ ])?{_TELLS}")
"""A descriptor telling someone, by a pronoun object: "the actor had told him"."""
_REPORTER = lazy_pattern(
    rf"(?<![\w’'])(?P<name>{NAME})[ ](?:[a-z]+ly[ ])?(?:said|says|recalled|recalls|"
    r"remembered|remembers|revealed|reveals|explained|explains|admitted|admits|added|adds)[ ]"
    r"(?:that[ ])?$"
)
"""The report's subject and its verb, right before the descriptor: "Rumi Vale said (that) "."""
_ASIDE_TOLD = lazy_pattern(
    r"(?<![\w’'-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne)(?:[ ][a-z][\w’'-]*){1,4}?,"
    r"[ ](?:he|she)[ ](?:says|said|recalls|recalled|remembers|remembered),"
    rf"[ ](?:had[ ]|once[ ]|would[ ])?{_TELLS}[^“”‘’\"]*[“‘\"]?$"
)
"""A described teller with the reporter's aside before the telling: "Her old teacher, she says,
once told her: " (the words are the teacher's, never the "she" who relays them)."""
_ASIDE_SAYER = lazy_pattern(r"(?:he|she)[ ][a-z]+$")


def told_by_another(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to no one when its described teller was found to be the one whose
    report holds the telling (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served:
        return fact
    if _ASIDE_SAYER.fullmatch(fact.attribution):
        sentence = doc.sentence_at(quote.start)
        told = _ASIDE_TOLD.search(doc.masked, sentence.start, quote.start)
        return fact.unattributed() if told is not None else fact
    if not fact.attribution.startswith(("the ", "his ", "her ", "their ", "our ")):
        return fact
    sentence = doc.sentence_at(quote.start)
    pre = doc.masked[sentence.start : quote.start]
    at = pre.rfind(fact.attribution)
    if at <= 0 or _TOLD_OBJECT.match(pre, at) is None:
        return fact
    reporter = _REPORTER.search(pre, 0, at)
    if reporter is None:
        return fact
    known = resolver.known(reporter["name"])
    return fact.unattributed() if known is not None and known.name == fact.speaker else fact
