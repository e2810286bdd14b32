"""An age-and-origin epithet tells the speaker's sex: "“...,” the 52-year-old Kerry man said".

The resolver reads such an epithet as "whoever the text is about", and an awards report that
names an actor and then an actress ("A is up for leading actor, his first nod. B is up for
leading actress.") would give a man's words to the actress named last. The words are the one
person the article gave that age, else the one person of the epithet's sex named in the
paragraph before (told by "his"/"her", "actress", or a "he says" before), else no one; never a
person of the other sex. An epithet with no sex word ("the 22-year-old says") takes the sex of
the "he" or "she" the words before it ask about ("Is he sad? “...”"), and then needs a speaker the
article tells as that sex, or the one person the paragraph names before the question.

Before the words ("Vale was quieter. Asked ..., the 22-year-old said: “...”"), an age the article
gave someone else is no proof against the paragraph: one that names only others before the
epithet is about them, so the words are no one's rather than the aged person's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.descriptions import aged, named_in
from bot.extract.kin_genders import kin_genders
from bot.extract.lexicon import RELATION, ROLE_NOUN, SPEECH_VERBS, STOP_TOKENS
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_MALE = r"man|boy|lad|father|dad|grandfather|husband|son|actor"
_FEMALE = r"woman|girl|mother|mum|grandmother|wife|daughter|actress"
_EPITHET = lazy_pattern(
    r"[,.!?]?[ ]*the[ ](?P<age>\d{1,3})-year-old[ ](?:[\w’'-]+[ ]){0,3}?"
    rf"(?:(?P<male>{_MALE})|(?P<female>{_FEMALE}))[ ](?:[a-z]+ly[ ])?[a-z]+\b"
)
_BARE_EPITHET = lazy_pattern(
    rf"[,.!?]?[ ]*the[ ](?P<age>\d{{1,3}})-year-old[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b"
)
"""An age epithet with no word for the speaker's sex: "“...,” the 22-year-old says"."""
_OPENING_NAME = lazy_pattern(
    r"(?P<full>(?:[A-Z][\w’'-]+[ ]){0,2}(?P<name>[A-Z][\w’'-]+))[ ](?:is|was|has|had|[a-z]+ed)\b"
)
"""A paragraph that opens on a name and its verb ("Vale was quieter.", "Ada Vale posted"); words
in full that name no one the article knows ("The Orkney Festival was") are no one's."""
_LEAD_EPITHET = lazy_pattern(r"\bthe[ ]\d{1,3}-year-old\b")
"""An age epithet in the words that lead to the quotation ("the 22-year-old paused and said")."""
_LEAD_PRONOUN = lazy_pattern(r"\b(?P<pronoun>[Hh]e|[Ss]he)\b[^“”\"]*[“\"]?$")
"""The last "he" or "she" in the words that lead to the quotation ("Is he sad? “..."), no
quotation between: the person the writer is asking about."""
_PERSON_NOUN = lazy_pattern(rf"\b(?:{RELATION}|{ROLE_NOUN})s?\b", re.IGNORECASE)
"""Someone told by a role or kin ("the co-star", "his sister"), whom a "she" may be about."""
_HE = lazy_pattern(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_SHE = lazy_pattern(r"\b(?:she|her|hers|herself|actress)\b", re.IGNORECASE)


def aged_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the one person of the epithet's age or sex (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served or not fact.speaker:
        return fact
    opens = doc.paras[quote.para].start
    if _LEAD_EPITHET.search(fact.attribution) and _about_others(doc, resolver, fact, opens, quote):
        return fact.unattributed()
    said = _EPITHET.match(doc.text, quote.end + 1)
    lead = None
    if said is not None:
        wanted = "he" if said["male"] else "she"
    elif (said := _BARE_EPITHET.match(doc.text, quote.end + 1)) is not None:
        lead = _LEAD_PRONOUN.search(doc.text, opens, quote.start)
        if lead is None:
            return fact
        wanted = lead["pronoun"].lower()
    else:
        return fact
    sexes = _Sexes(doc, resolver, genders)
    person = aged(doc, resolver.people, said["age"], quote.start)
    if person is not None and sexes.of(person) in (None, wanted):
        return replace(fact, speaker=person)
    told = sexes.of(fact.speaker)
    # a sex word is the epithet's own; a pronoun before it needs the speaker told as that sex,
    # or the one person its paragraph names before it ("Ada Vale is 22. Is she nervous?")
    if told == wanted or (
        told is None and (lead is None or _alone(doc, resolver, fact, opens, lead))
    ):
        return fact
    para = doc.paras[max(quote.para - 1, 0)]
    named = named_in(resolver.people, doc.masked[para.start : quote.start])
    fits = {name for name in named if sexes.of(name) == wanted}
    return replace(fact, speaker=fits.pop()) if len(fits) == 1 else fact.unattributed()


def _about_others(doc: Doc, resolver: Resolver, fact: QuoteFact, opens: int, quote: Quote) -> bool:
    """The paragraph (from ``opens``) opens on someone other than ``fact``'s speaker ("Vale was
    quieter."): the epithet leading to the words is about them, whatever age it gives; a host
    named along the way ("Speaking to host X, the 22-year-old said") is no such subject."""
    lead = _OPENING_NAME.match(doc.masked, opens, quote.start)
    if lead is None or lead["name"] in fact.speaker.split():
        return False
    if lead["full"] != lead["name"]:  # "Ada Vale posted": someone only if the article knows her
        words = lead["full"].split()
        named = resolver.people.resolve(lead["full"])
        return not STOP_TOKENS.intersection(words) and named not in (None, fact.speaker)
    if (named := resolver.people.resolve(lead["name"])) is not None:
        return named != fact.speaker
    # a surname the article gives in full elsewhere ("Kit Vale ... Vale was quieter"): someone
    return re.search(rf"[A-Z][\w’'-]+[ ]{re.escape(lead['name'])}\b", doc.text) is not None


def _alone(doc: Doc, resolver: Resolver, fact: QuoteFact, opens: int, lead: re.Match[str]) -> bool:
    """``fact``'s speaker is the one person the paragraph (from ``opens``) tells before the
    question ``lead`` opens: the only name, and no one told by a role or kin ("the co-star")."""
    before = doc.masked[opens : lead.start()]
    return named_in(resolver.people, before) == {fact.speaker} and not _PERSON_NOUN.search(before)


class _Sexes:
    """Who the article tells as "he" or "she": a quote's pronoun, a kin part, or the sentences
    that name only them ("A is nominated for leading actor, his first nod")."""

    def __init__(self, doc: Doc, resolver: Resolver, genders: dict[str, str]) -> None:
        self._doc, self._resolver = doc, resolver
        self._known = {**kin_genders(doc, resolver.people), **genders}
        self._parts = {f.character for f in resolver.cast}

    def of(self, name: str) -> str | None:
        if name in self._known:
            return self._known[name]
        found = set()
        for sentence in self._doc.sentences:
            chunk = self._doc.masked[sentence.start : sentence.end]
            if named_in(self._resolver.people, chunk) - self._parts != {name}:
                continue
            if _HE.search(chunk):
                found.add("he")
            if _SHE.search(chunk):
                found.add("she")
        return found.pop() if len(found) == 1 else None
