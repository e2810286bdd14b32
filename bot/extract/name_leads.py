"""Words that stand in front of a name in a capitalised run but are none of it.

A run of capitals is read as a name; two kinds of word can open it and still belong to the
sentence, not the person: a noun for where someone is from ("directed by the Dubliner Maud
Tierney") and a month after a preposition ("back in June Hulu announced ..."). Both are cut
so that the run's rest is the name (or the body) the article means.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTHS, STOP_TOKENS, paper_day_leads
from bot.lazy_patterns import lazy_pattern

PLACE_NOUNS = frozenset(
    """
    Dane Swede Finn Pole Scot Brit Turk Spaniard Icelander Kiwi Aussie Londoner Berliner
    Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Irishman Irishwoman
    Welshman Welshwoman Scotsman Scotswoman Dubliner Corkonian Glaswegian Mancunian
    Liverpudlian Aberdonian Parisian Yorkshireman Yorkshirewoman Cornishman Cornishwoman
    Geordie Scouser Brummie Muscovite Angeleno Briton Ulsterman Ulsterwoman
    """.split()  # noqa: SIM905
)
"""Nouns for someone from a place that are no adjective ("the Dane describes ..."): a
description of a person, like "the Italian", never a name."""
_NOUN_ENDING = lazy_pattern(r"(?:er|man|woman|ard|ie|ian|ite|eno|on)$")
"""A place noun's own ending ("Dubliner", "Welshman", "Glaswegian"); the short ones
("Dane", "Finn") are given names as well, and stay."""
_DATE_PREPOSITION = lazy_pattern(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)[ ]$"
)
"""Words before a month that make it a time; not "by", "from", "before" or "after", which as
often lead a person ("written by April Vance", "after June Okafor joined")."""


def place_lead(tokens: list[str]) -> bool:
    """``tokens`` open on a noun for someone from a place, a full name after it: "Dubliner
    Maud Tierney" is Maud Tierney (not "Finn Abara", a given name)."""
    return (
        len(tokens) > 2 and tokens[0] in PLACE_NOUNS and _NOUN_ENDING.search(tokens[0]) is not None
    )


_LABEL_LEADS = frozenset({"Guest", "Fan", "Fans", "Met"})
"""A caption's label ("Guest Mira Vale waves", "Fans Ada Rook, 19, and ...") or a diary's verb
without its "I" ("Met Mira Vale properly"): cut before a full name only, for alone each may be
a surname ("Director Tamsin Guest ... Guest said")."""


def lead_off(tokens: list[str]) -> bool:
    """The first of ``tokens`` is none of the name: a function word or role noun ("Director
    Jo Grey"; not the "Sunday" of "Sunday Times"), or a place noun or label before a full name."""
    if len(tokens) > 2 and (tokens[0] in _LABEL_LEADS or _stressed_lead(tokens)):
        return True
    return (tokens[0] in STOP_TOKENS and not paper_day_leads(tokens[:2])) or place_lead(tokens)


def _stressed_lead(tokens: list[str]) -> bool:
    """A word of the stop list set all in capitals before a full name in title case: a tabloid's
    opening stress ("HEARTTHROB Ada Vale looked ..."), none of the name (an acronym, "BAFTA
    Television Awards", is no such word)."""
    first = tokens[0]
    return (
        first.capitalize() in STOP_TOKENS
        and first.isalpha()
        and first.isupper()
        and all(word[:1].isupper() and word[1:2].islower() for word in tokens[1:3])
    )


def undated(found: re.Match[str]) -> str:
    """The run ``found`` without a month that opens it after a preposition: "in June Hulu"
    names Hulu ("April Vance said" keeps its given name)."""
    first, _, rest = found.group().partition(" ")
    if not rest or first.lower() not in MONTHS:
        return found.group()
    before = found.string[max(0, found.start() - 8) : found.start()]
    return rest if _DATE_PREPOSITION.search(before) else found.group()
