"""Words in marks that open a sentence and name the things it is about: a label, not a quote.

"“Vote Harbour” posters have gone up in Leeds.", "“Save the Lark” badges were handed out." and
"“Wake me up” replies will be deleted."
put a slogan before a plural noun, the sentence's subject: the marks say what the posters read,
so no one is quoted. Held only when no one is credited with the words, they open their sentence
and end with no mark of their own ("“Sorry,” people have said" is speech).

Anywhere in a sentence, a few words in marks right before goods they are printed on ("handing
out “Best Boy Ever” mugs", "a stack of “Team Osk” T-shirts") are the goods' slogan, whoever
the sentence credits: held too.
"""

from __future__ import annotations

import re

from bot.extract.footage_heard_lines import opens_its_sentence
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_PLURAL_SUBJECT = lazy_pattern(
    r"[ ](?:[a-z-]+[ ])?[a-z-]{3,}s[ ](?:have|had|are|were|went|appeared|popped|began|started|"
    r"lined|covered|filled|will|would|can|could|must|should|may|might|get|got)\b"
)
"""A plural noun, perhaps after one word, then its verb, straight after the closing mark:
"” adverts have", "” bus posters were", or a modal ("” comments will be removed", "” posts can
go in the thread": a rule about the things, as a forum's or a venue's notice gives it)."""
_GOODS = lazy_pattern(
    r"[ ](?:(?:tote|goody|gift)[ ])?(?:mugs?|t-shirts?|tees|shirts?|hoodies|sweatshirts?|jumpers?|"
    r"badges?|stickers?|bags?|totes|hats|magnets?|keyrings?|tea[ ]towels?|"
    r"cupcakes?|cakes?|biscuits|cookies|merch(?:andise)?)\b",
    re.I,
)
"""Goods the words are printed on, straight after the closing mark: "” mugs", "” tote bags"."""
_MODIFIER_BEFORE = lazy_pattern(
    r"\b(?:[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Tt]hose|[Tt]hese|[Ee]ndless|[Cc]onstant)[ ]$"
)
"""A quantifier straight before the opening mark: "every “", "those “"."""
_TALK_NOUN = lazy_pattern(
    r"[ ](?:posts?|questions?|threads?|comments?|jokes?|memes?|replies|tweets?|messages?|"
    r"emails?|rumou?rs?|theor(?:y|ies)|takes?|debates?)\b"
)
"""A kind of message straight after the closing mark: "” post", "” questions"."""
_WORDS = 6
LABEL_SHOWN = "a slogan in quotation marks naming the things it is on"


def held_if_attributive(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words open the sentence and head a plural subject (see above)."""
    if not fact.served or not faceless(fact) or fact.continues_previous or not quote.closed:
        return fact
    if len(fact.text.split()) > _WORDS or fact.text[-1:] in ".,!?;:…":
        return fact
    if _PLURAL_SUBJECT.match(doc.text, quote.end + 1) is None or not opens_its_sentence(doc, quote):
        return fact
    return held(fact, LABEL_SHOWN)


def held_if_on_goods(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a few words in marks, with no stop of their own, come right before
    goods they are printed on (see above)."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return fact
    if len(fact.text.split()) > _WORDS or fact.text[-1:] in ".,!?;:…":
        return fact
    if _GOODS.match(doc.text, quote.end + 1) is None:
        return fact
    return held(fact, LABEL_SHOWN)


def held_if_message_kind(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a few words in marks sit between a quantifier and a kind of message
    ("every “is it out yet” post", "those “who cast him” questions"): the words stand for the
    messages that ask them, a mention of many posts, never one speaker's words."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return fact
    if len(fact.text.split()) > _WORDS or fact.text[-1:] in ".,;:…":
        return fact
    opens = quote.start - 1  # the opening mark
    if _MODIFIER_BEFORE.search(doc.text, max(0, opens - 12), opens) is None:
        return fact
    if _TALK_NOUN.match(doc.text, quote.end + 1) is None:
        return fact
    return held(fact, "words in quotation marks naming a kind of message")
