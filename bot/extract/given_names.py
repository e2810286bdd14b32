"""Someone unnamed who gives a name: "One, who gave her name as Ada Vale, 17, said: “...”" is
Ada Vale's, not "an unnamed person"'s. A first name alone ("who gave her name as Ada") names
no one we could tell apart from every other Ada, so the quote is held, never served as an
unnamed person's nor as a bare first name's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.names import NAME
from bot.extract.people import is_full
from bot.extract.speaker_antecedents import Speaker
from bot.extract.subjects import ACCOUNT
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

_GIVEN = (
    r"who[ ](?:(?:would|did)[ ])?(?:only[ ])?(?:gave|give|gives|offered|offer)[ ](?:only[ ])?"
    r"(?:her|his|their)[ ](?:first[ ]|full[ ])?name(?:[ ](?:only[ ])?as[ ]|,[ ])"
    rf"(?P<name>{NAME})"
)
_GIVEN_RE = lazy_pattern(_GIVEN)
"""The aside of an unnamed speaker that names them: "who gave his name as Reuben", "who would
give only her first name, Reuben"."""
_GIVEN_IN_RE = lazy_pattern(rf",[ ]{_GIVEN}")
_HANDLE_GIVEN = lazy_pattern(
    r"who[ ](?:introduced[ ](?:herself|himself|themselves?)|(?:gave|gives)[ ](?:her|his|their)"
    rf"[ ](?:handle|username))[ ]as[ ](?P<handle>{ACCOUNT})[ ]*$"
)
"""The aside of an unnamed speaker that gives an account's handle for them: "One fan, who
introduced herself as @mara_stan, asked", "who gave his username as u/tinfoil": the handle's
words, as for "One, @name, posted", never an unnamed fan's."""


def given_speaker(resolver: Resolver, aside: str, attribution: str) -> Speaker | None:
    """The speaker an aside (``aside``) names: a full name's person; a handle's account; a lone
    first name's no one (unattributed, then held by :func:`held_if_first_name_given`); None when
    no name is given."""
    if (handle := _HANDLE_GIVEN.match(aside.strip())) is not None:
        return Speaker(handle["handle"], SourceKind.ORGANISATION, attribution)
    match = _GIVEN_RE.match(aside.strip())
    if match is None:
        return None
    name = match["name"]
    found = resolver.named(name) if is_full(name) else None
    return Speaker(found.name, found.source, attribution) if found else _unsure(attribution)


def held_if_first_name_given(fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its unnamed speaker gave only a first name (see
    :func:`given_speaker`): a person, but none the bot can name in full."""
    if not fact.served or fact.source is not SourceKind.UNATTRIBUTED:
        return fact
    if _GIVEN_IN_RE.search(fact.attribution):
        return held(fact, "a speaker who gave only a first name")
    return fact


def _unsure(attribution: str) -> Speaker:
    return Speaker("", SourceKind.UNATTRIBUTED, attribution)
