"""Who hosts the show an article writes up, for :mod:`bot.extract.speakers`: "on the latest
episode of the Night Desk podcast with host Wren Talloway", "presenter Odile Marsh asked", "the
show's host, Bram Kettle,". A host asks and the guest answers, so a host is never whom a
described subject ("the actor said") or a pronoun ("When Talloway pressed him, he laughed")
stands for; a host's own words are named outright ("Talloway said")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.extract.cues import hint
from bot.extract.names import NAME
from bot.extract.people import People
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

HOST_NOUNS = frozenset({"host", "co-host", "presenter", "interviewer"})
"""The words for a show's host, as a described speaker's noun ("the host joked")."""
_HOST_NAMED = lazy_pattern(
    r"\b(?:(?P<plural>(?:[Cc]o-)?(?:[Hh]osts|[Pp]resenters)),?"
    r"|(?:[Cc]o-)?(?:[Hh]ost|[Pp]resenter|[Ii]nterviewer),?"
    rf"|(?P<by>(?:[Cc]o-)?(?:[Hh]osted|[Pp]resented)[ ]by(?:[ ][a-z]+){{0,2}}))[ ](?P<name>{NAME})"
    rf"(?:[ ]and[ ](?P<second>{NAME}))?"
)
"""A name right after the word for a show's host: "with host Wren Talloway", "host, Bram
Kettle,", "the podcast, hosted by comedian Wren Talloway,"; or two after the plural: "hosts Ada
Vale and Tom Reed"."""
_HOST_HINT = hint("host", "Host", "resent", "nterviewer", "compere", "emcee")
"""What :data:`_HOST_NAMED` and :data:`_HOSTED` cannot match without."""
_EVENT = (
    r"(?:show|programme|program|ceremony|screening|evening|night|episode|podcast|event|gala|"
    r"broadcast|session|panel|quiz|awards|festival|launch|premiere|Q&A)"
)
_HOSTED = lazy_pattern(
    rf"(?<![\w’'-])(?:(?P<first>{NAME})[ ]and[ ])?(?P<name>{NAME})(?:,[ ]who)?[ ](?:also[ ])?"
    r"(?:(?:co-)?host(?:ed|s)|compere(?:d|s)|emcee(?:d|s)|(?:present(?:ed|s)(?=[ ](?:the|this|"
    rf"a|an|its|our)[ ](?:[\w’'-]+[ ]){{0,2}}?{_EVENT}\b(?![’']))))(?![ ]by\b)[ ][a-z]"
)
"""A name (or two) as the subject of hosting: "Maud Feeney hosted the screening", "X and Y
co-hosted the evening", "X, who compered the evening"; "presented" only with an event after it
("presented the ceremony", never "presented the prize" or "the evening's prize"). Only known
people count (:func:`hosts`): "Leeds hosts the festival" names no one."""
_HOSTING_HINT = hint(
    "hosted ", "hosts ", "compered ", "comperes ", "emceed ", "emcees ", "presented ", "presents "
)
"""The hosting verb and the space after it, which :data:`_HOSTED` cannot match without: a
page with only "presenter" or "host" is not scanned for it, name by name."""
_HOST_APPOSED = lazy_pattern(
    rf"(?<![\w’'-])(?P<name>{NAME})(?:,[ ]\d{{1,3}})?,[ ](?:the|its|our|their)[ ]"
    r"(?:[\w’'&-]+[ ]){0,3}?(?:co-)?(?:host|presenter|interviewer)\b(?![ ]by\b)"
)
"""A name with the host's noun apposed: "Ada Vale, the Morning Show presenter,", "Ada Vale, 41,
the host of ..." (the article says who the host is, so "the presenter said" is hers)."""
_NOUN_LEAD = lazy_pattern(
    r"(?:^|[.!?:;,(—–“\n][ ]*|\b(?i:with|and|by|to|for|joins|joined|join|joining|told|tells|"
    r"telling|asked|asks|the|our|its|their|his|her|two|both|today|tonight)[ ]"
    r"|\b(?i:this|last|next)[ ]week[ ]|\b(?i:on|in)[ ](?:the|this|last|[\w’']+[’']s)[ ]"
    r"(?:[a-z]+[ ])?episode[ ]|[’']s[ ])$"
)
"""What the plural "hosts" follows as a noun ("joins hosts", "told hosts", "the show's hosts",
"This week hosts", "On the latest episode hosts", a sentence's "Hosts", "Both hosts"); after a
subject ("The festival hosts Tom Reed", "The episode hosts Tom Reed", "Leeds hosts") it is the
verb and its object a guest."""
_VERB_LEAD = lazy_pattern(
    r"\b(?:will|would|can|could|may|might|shall|should|must|does|did|do|"
    r"(?:set|going|plans?|planned|due|expected|about|scheduled|hopes?|hoped|wants?|wanted|ready|"
    r"able|agreed|agrees)[ ]to)[ ]$"
)
"""What "host" follows as a verb: "Leeds will host Tom Reed", "The festival is set to host Tom
Reed"; "spoke to host Wren Talloway" is the noun."""
_LEAD_REACH = 40
"""How far before "host(s)" its lead may start: "on this week's episode " is 23 characters,
"joining the podcast's " 22."""
_ASIDE_AFTER = lazy_pattern(r",[ ](?:who|whose|the|our|a|an)\b")
"""A described someone set after a name ("and Tom Reed, the actor, who plays Bram"): the guest
named beside the host, not a second host."""


def _hosts_in(text: str, match: re.Match[str]) -> tuple[str, ...]:
    """The host names ``match`` reads: none when its word is the verb, the second name only
    after the plural and with no aside describing it."""
    plural, second = match.group("plural", "second")
    reach = max(match.start() - _LEAD_REACH, 0)
    if match.group("by") is not None and second is not None:
        return (match.group("name"), second)  # "Hosted by Ada Vale and Tom Reed": both host
    if plural is None:
        verb = _VERB_LEAD.search(text, reach, match.start()) is not None
        return () if verb else (match.group("name"),)
    if _NOUN_LEAD.search(text, reach, match.start()) is None:
        return ()
    if second is None or _ASIDE_AFTER.match(text, match.end()):
        return (match.group("name"),)
    return (match.group("name"), second)


@lru_cache(maxsize=64)
def _raw_hosts(text: str) -> tuple[str, ...]:
    if not _HOST_HINT.search(text):
        return ()  # the pattern, led by an alternation, is tried at every character
    found = _HOST_NAMED.finditer(text)
    named = tuple(name for match in found for name in _hosts_in(text, match))
    hosted = _HOSTED.finditer(text) if _HOSTING_HINT.search(text) else ()
    hosting = (name for match in hosted for name in match.group("first", "name"))
    apposed = tuple(match["name"] for match in _HOST_APPOSED.finditer(text))
    return named + tuple(name for name in hosting if name) + apposed


def hosts(text: str, people: People) -> frozenset[str]:
    """The known people ``text`` names as a show's host."""
    found = (people.resolve(raw, first_name=True) for raw in _raw_hosts(text))
    return frozenset(name for name in found if name)


def unnamed_host(noun: str, text: str, people: People) -> tuple[str, SourceKind] | None:
    """Who "the host" (``noun``) is when ``text`` names no one host: an unnamed host when it
    names none, no one we can tell when it names two; never the subject written about last
    (a title, a guest). None for another noun, or when one host is named."""
    if noun not in HOST_NOUNS:
        return None
    named = hosts(text, people)
    if not named:
        return noun, SourceKind.UNNAMED
    return None if len(named) == 1 else ("", SourceKind.UNATTRIBUTED)


_DESCRIBED_HEAD = lazy_pattern(r"(?:the|our)[ ][a-z][\w-]*(?=,|$)")
"""A described someone opening an aside: "the actor", "the guest"."""


def guest(groups: dict[str, str | None], named_hosts: frozenset[str]) -> dict[str, str | None]:
    """An attribution's groups, its speaker moved from a host to the described someone set
    after the host's name ("with host Wren Talloway, the actor, who ..., said": the actor's
    words); unchanged otherwise (a host named alone says what the host says)."""
    name, aside = groups.get("name"), groups.get("aside")
    head = _DESCRIBED_HEAD.match(aside) if name in named_hosts and aside else None
    return groups if head is None else {**groups, "name": head.group(), "who": None}


_ADDRESSING = lazy_pattern(
    r"[ ](?:(?:[a-z]+[ ]){1,2}?(?:him|her|them)\b[^.,;:?!]*,"
    rf"|(?:asks|asked|presses|pressed|quizzes|quizzed)[ ](?:{NAME}|about\b))"
)
"""A clause that turns to someone else: "pressed him on a release date,", "asks Vale, 19, how
it felt", "asks about the weather" (a host's question is put to the guest)."""


def hosting(resolver: Resolver, name: str, end: int) -> bool:
    """Whether ``name``, a subject ending at ``end``, is a host turning to the guest ("When
    Talloway pressed him on a date, he laughed": the pronoun is the guest, no one we are sure
    of); a host who speaks ("Talloway wastes no time. “...” she asked") is the host."""
    text = resolver.doc.masked
    return name in hosts(text, resolver.people) and _ADDRESSING.match(text, end) is not None


def described_host(resolver: Resolver, raw: str, found: Speaker) -> bool:
    """A subject that describes the host ("The host also raised reports ... She dismissed it"):
    no one a later pronoun stands for, since the host asks and the guest answers."""
    return raw.lower().startswith("the ") and found.name in hosts(
        resolver.doc.masked, resolver.people
    )
