"""A pronoun's reporting clause spliced onto another clause: "Grell will not return, she
confirmed: “...”".

The clause before the comma reports something about the person it names; the "she" who
confirms it is as likely someone the sentences before introduced ("Vale was nervous, she
admits" is Vale; "Grell will not return, she confirmed" is the showrunner the sentence before
named). Only when the sentences before point to the same person is the speaker sure; otherwise
the quote is kept unattributed, never credited to the person the clause speaks of.

A part named before the pronoun's clause ("Dace, she added, is “...”") is what the words
describe, not who says them: the "she" is whoever the sentences before speak of, or no one we
know. (A person named there, "Director Ed Moss, he says, wanted it “...”", is left as it was.)
"""

from __future__ import annotations

from bot.extract.parenthetical_sayers import credited_before
from bot.extract.quote_checks import characters
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_SPLICED = lazy_pattern(r",[ ](?:she|he|they)[ ][a-z]+(?:[ ][a-z]+){0,3}[ ]*[:,]?[ ]*[“\"‘']?$")
_FRONTED = lazy_pattern(
    r"[ “”\"‘’']*(?P<name>(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*),[ ](?:she|he|they)[ ]"
    r"[a-z]+(?:[ ][a-z]+){0,2},[ ]"
)
_PRONOUNS = frozenset({"she", "he", "they"})
_LEADS = frozenset(
    {"when", "after", "as", "once", "before", "although", "though", "while", "if", "since"}
    | {"because", "until", "whenever", "and", "but", "so", "then"}
)
"""A clause opened by these is the pronoun's own ("When Vale arrived, she said"), not a report."""


def unsure_if_spliced(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` unattributed when its pronoun attribution follows a clause that names the
    credited person and the sentences before point to someone else."""
    if fact.source is not SourceKind.PERSON or fact.attribution.split(" ", 1)[0] not in _PRONOUNS:
        return fact
    sentence = doc.sentence_at(quote.start)
    pre = doc.masked[sentence.start : max(sentence.start, quote.start)]
    if "," not in pre:
        return fact
    fronted = _FRONTED.match(pre)
    if fronted is not None and _part(doc, resolver, fact.speaker, fronted["name"]):
        pronoun = fact.attribution.split(" ", 1)[0]  # "Dace, she added, is ...": not the part's
        return credited_before(resolver, sentence.start, fact, pronoun, {})
    if _SPLICED.search(pre) is None:
        return fact
    lead = pre.lstrip(" “”\"‘’'").split(None, 1)[0].lower()
    surname = fact.speaker.rsplit(" ", 1)[-1]
    if lead in _LEADS or surname not in pre.rsplit(",", 1)[0]:
        return fact
    earlier = resolver.antecedent(sentence.start)
    if earlier is not None and earlier.name == fact.speaker:
        return fact
    return fact.unattributed()


def _part(doc: Doc, resolver: Resolver, speaker: str, fronted: str) -> bool:
    """Whether ``speaker``, named ``fronted`` before the pronoun, is a part: one the cast
    reading took or the article says someone plays, or one someone is "superb as"."""
    if not speaker.endswith(fronted):
        return False
    return speaker in characters(resolver.cast, doc) or f" as {speaker}" in doc.text
