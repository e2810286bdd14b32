"""Words in marks that are shown or named, not said by anyone the article quotes:

- a notice's text after a colon, the notice named in the clause before with no saying verb
  ("Someone has pinned a paper sign to the gate: “CREW PARKING ONLY”"): written, not said;
- a phrase in marks that is trending ("if you see “meet me at the pier” trending"): a phrase
  people post, no one's quote;
- a short lowercase label that is the complement of "being" ("years of being “the girl from
  that advert”"): the writer's marks on a description, credited to no one;
- a foreign phrase named as a phrase and glossed straight after the marks ("she learned one
  phrase: « es regnet » – it is raining"): a phrase taught or learned, mentioned, not said to
  anyone, whoever the sentence is about.
"""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.lexicon import SAYING
from bot.extract.quote_checks import faceless
from bot.extract.scare_quotes import SCARE_DOUBT
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_OPEN = r"[ ]*[“\"‘'«]?[ ]*$"
_NOTICE_COLON = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:sign|notice|banner|placard|poster|whiteboard|chalkboard|label)[ ]"
    rf"(?P<clause>[^.;:!?“”\"«»]{{0,60}}):{_OPEN}"
)
"""A notice, then a short clause and a colon before its text ("a printed sign to the door:")."""
_TRENDING = lazy_pattern(r"[”\"’'»]?[ ](?:(?:is|was|are|were|started|keeps?|kept)[ ])?trending\b")
_BEING = lazy_pattern(rf"\b(?:being|been)[ ]{_OPEN}")
_LABEL_WORDS = 6
_PHRASE_BEFORE = lazy_pattern(
    r"\b(?:phrase|expression|word|saying)\b[^.;:!?“”\"«»]{0,30}?[ ]*[:–—]" + _OPEN
)
"""A phrase named before the marks, a short clause between ("one useful phrase on the shoot:")."""
_GLOSS_AFTER = lazy_pattern(
    r"[”\"’'»]?[ ]*(?:[–—-][ ]+|\([ ]*)(?:(?:it|that|this)[ ](?:is|means)[ ]|meaning[ ])?"
    r"[a-z][a-z’' ,]{2,50}[)]?[.;]"
)
"""A lowercase gloss straight after the marks ("– it is going to rain.", "(meaning thank
you)."): a translation, so the words in marks are a foreign phrase named."""
_GLOSSED_WORDS = 5


def held_if_shown_phrase(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks hold a notice's text, a trending phrase, a label after
    "being" or a glossed foreign phrase (see the module's docstring)."""
    if not fact.served or not quote.closed:
        return fact
    opens = max(quote.start - 1, 0)
    start = max(opens - 90, 0)
    if faceless(fact):
        notice = _NOTICE_COLON.search(text, start, opens)
        if notice is not None and SAYING.search(notice["clause"]) is None:
            return held(fact, NAME_IN_MARKS)
        if " trend" in text[quote.end : quote.end + 24] and _TRENDING.match(text, quote.end):
            return held(fact, "a phrase trending online, no one's quote")
        if _label(text, opens, quote, fact):
            return held(fact, SCARE_DOUBT)
    if len(fact.text.split()) > _GLOSSED_WORDS or not fact.text[:1].islower():
        return fact
    if _PHRASE_BEFORE.search(text, max(opens - 40, 0), opens) and _GLOSS_AFTER.match(
        text, quote.end
    ):
        return held(fact, "a foreign phrase named and glossed, no one's quote")
    return fact


def _label(text: str, opens: int, quote: Quote, fact: QuoteFact) -> bool:
    """Whether the faceless words, their mark opening at ``opens``, are a short lowercase label
    after "being" that closes its sentence ("has spent years being “the one who ...”.")."""
    if not fact.fragment or not fact.text[:1].islower():
        return False
    if len(fact.text.split()) > _LABEL_WORDS:
        return False
    if _BEING.search(text, max(opens - 8, 0), opens) is None:
        return False
    return text[quote.end + 1 : quote.end + 2] in (".", ",", ";", "")
