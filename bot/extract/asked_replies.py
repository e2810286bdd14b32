"""A reply right after "A asked whether B would ..." is B's: the one asked answers, never the
one asking ("Vasketh asked whether Drummel would return. “Maybe,” he laughed, “but not soon.”" /
"Vasketh asked Drummel if he had read the reviews. “Every one,” he admitted.", "Vasketh ends by
asking what Drummel hopes for. His answer: “Rain.”"). Credited to B when
the reply's "he"/"she" can be B (for "asked B whether", only when it is known to be B's and
not A's); else left as it was found."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_ASKED = lazy_pattern(
    rf"(?<![\w’'])(?P<asker>{NAME})[ ](?:asked|asks|wonders|wondered|(?:wants|wanted)[ ]to[ ]know|"
    r"(?:[a-z]+s[ ]by[ ])?asking)[ ]"
    rf"(?:(?P<object>{NAME})[ ])?(?:whether|if|what|why|how)[ ](?P<subject>{NAME})?"
)
"""The question: "A asked whether B", "A asks B if", "A ends by asking what B hopes", "A wants
to know what B hopes"."""
_REPLY = lazy_pattern(
    r"[“‘][^“”‘’]+[,.?!]?[”’],?[ ](?P<pronoun>he|she)[ ][a-z]+\b"
    r"|(?P<owner>His|Her)[ ](?:answer|reply|response)(?:[ ](?:is|was)(?:[ ][a-z]+)?)?[ ]?:"
    r"[ ]*[“‘]"
)
"""The reply's opening: a quotation, then "he laughed", "she said"; or "Her answer: “...”", "His
reply is simple: “...”"."""
_OWNER_PRONOUN = {"His": "he", "Her": "she"}
_INTERRUPTED = lazy_pattern(r",[ ][“‘]")


def asked_reply(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the one the sentence before asked (see above)."""
    if fact.source not in (SourceKind.PERSON, SourceKind.UNATTRIBUTED):
        return fact
    sentence = doc.sentence_at(quote.start)
    opening = _REPLY.match(doc.masked, sentence.start)
    if opening is None or sentence.start == 0 or quote.start >= sentence.end:
        return fact  # the sentence does not open on the reply
    before = doc.sentence_at(sentence.start - 1)
    if before.para != sentence.para or before.start >= sentence.start:
        return fact
    asked = None
    for found in _ASKED.finditer(doc.masked, before.start, before.end):
        asked = found
    if asked is None:
        return fact
    asker = resolver.people.resolve(asked["asker"], first_name=True)
    raw = asked["object"] or asked["subject"]
    one = resolver.people.resolve(raw, first_name=True) if raw else None
    pronoun = opening["pronoun"] or _OWNER_PRONOUN[opening["owner"]]
    if one is None or one == asker or genders.get(one, pronoun) != pronoun:
        return fact
    if asked["object"] and not genders.get(one) == pronoun != genders.get(asker or ""):
        return fact  # "A asked B whether he could ...": the "he" may be A; held unless known
    if fact.speaker not in ("", asker):
        return fact
    if _INTERRUPTED.fullmatch(doc.masked, opening.end(), quote.start):
        # "“Maybe,” he laughed, “but not soon.”": the reply interrupted, then going on
        return replace(fact, speaker=one, source=SourceKind.PERSON, attribution="",
                       continues_previous=True)  # fmt: skip
    return replace(fact, speaker=one, source=SourceKind.PERSON)
