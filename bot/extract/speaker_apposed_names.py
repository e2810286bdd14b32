"""An unnamed someone named at once beside its label, for :mod:`bot.extract.speakers`: "One,
Ada Vale, 16, from Kelby, said" and "One fan, Ada Vale, 17, came" are Ada Vale's words, never
an unnamed source's; "One fan, Ada, 17, said" names no one we can place. A company descriptor
likewise: "according to the band's label, Fieldhouse Records, which said" is that company's,
never the organisation the article named last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.described_channels import channel_in_sentence
from bot.extract.entry_outlets import entry_outlet
from bot.extract.lexicon import OUTLET_NOUNS
from bot.extract.speaker_antecedents import Speaker
from bot.extract.speaker_unnamed_firms import unnamed_firm_since
from bot.extract.unnamed_apposed import named_beside
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

_RELATIVE = lazy_pattern(r"(?:[ ][a-z][\w-]*){0,2},[ ](?:who|whose|whom|which)\b")
"""A relative clause after the label ("a rep for the star, who plays Mira, said"): it tells of
the one the label hangs on; a name in it is no one set beside the sayer."""


def apposed_person(resolver: Resolver, speaker: Speaker, end: int) -> Speaker:
    """``speaker`` (its label ending at ``end``) as the person named beside it, if any: the
    full name's person, or no one for a first name alone; else ``speaker`` itself."""
    if speaker.source is not SourceKind.UNNAMED:
        return speaker
    beside = named_beside(resolver.doc.masked, end)
    if beside is None or _RELATIVE.match(resolver.doc.masked, end):
        return speaker
    person = resolver.named(beside) if beside else None
    name = person.name if person and person.source is SourceKind.PERSON else ""
    kind = SourceKind.PERSON if name else SourceKind.UNATTRIBUTED
    return Speaker(name, kind, speaker.attribution)


_APPOSED_ORG = lazy_pattern(
    r",[ ](?P<org>[A-Z][\w&’'.-]*(?:[ ](?:&[ ])?[A-Z][\w&’'.-]*){0,3}),[ ]"
    r"(?:which|who|that)?[ ]?[a-z]"
)
"""A capitalised name set off by commas right after the descriptor, then the clause going on:
", Fieldhouse Records, which said", ", Lumen, said"."""


def described_org(resolver: Resolver, words: list[str], offset: int) -> str | None:
    """Who the descriptor ``words`` (at or after ``offset``) is: the company named beside it
    ("the band's label, X, which said": X) unless that is a person; else the one
    :meth:`Organisations.described` finds, unless an unnamed company came after it."""
    if words[-1].lower() in OUTLET_NOUNS and (outlet := entry_outlet(resolver.doc, offset)):
        return outlet  # "Tern Rock (Channel 4, Sunday)": "the broadcaster" in its entry
    masked = resolver.doc.masked
    phrase = " ".join(words)
    at = masked.find(phrase, offset, offset + 200)
    beside = _APPOSED_ORG.match(masked, at + len(phrase)) if at >= 0 else None
    if beside is not None:
        name = beside["org"]
        known = resolver.orgs.find(name)
        if known is not None:
            return known
        if resolver.people.resolve(name, first_name=True) is None:
            return name
    org = resolver.orgs.described(words, offset)
    if org is None:  # "BBC Two will show it, says the broadcaster": its channel's, though not ours
        return channel_in_sentence(resolver.doc, resolver.orgs, words, at if at >= 0 else offset)
    if unnamed_firm_since(masked, resolver.orgs, org, offset):
        return None  # "A major streamer is ... “...”, the company said": not the one named
    return _sentence_owner(resolver, words, at if at >= 0 else offset) or org


_OWNER_OPENS = lazy_pattern(
    r"(?:[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,5},[ ])?"
    r"(?P<org>[A-Z][\w&.+-]*(?:[ ][A-Z][\w&.+-]*){0,2})[’']s[ ][a-z]"
)
"""A company owning the sentence's subject, first or set beside the subject's title: "Lumen’s
comedy Tin Lane has wrapped ...", "Tin Lane, Lumen’s big comedy, is ..."."""


def _sentence_owner(resolver: Resolver, words: list[str], at: int) -> str | None:
    """The outlet that opens the descriptor's own sentence as its subject's owner ("Lumen’s
    comedy ... will air “...”, according to the broadcaster": Lumen, never a channel named in
    the sentence before); None when the sentence opens otherwise."""
    if words[-1].lower() not in OUTLET_NOUNS:
        return None
    start = resolver.doc.sentence_at(at).start
    owner = _OWNER_OPENS.match(resolver.doc.masked, start, at)
    return resolver.orgs.find(owner["org"]) if owner is not None else None
