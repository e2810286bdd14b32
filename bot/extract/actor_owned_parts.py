"""Names the article gives as an actor's part ("Ada Vale’s Dessa Moor"): someone in the story,
though the people met in the article may count it as a person. Words such a part speaks ("as
Dessa says: “...”"), or a review's "he tells Dessa, “...”", are a line of the work; so is a
line an actor "gets as" a part, or a line a piece about footage introduces ("Ada Vale gets one
line as Orvo’s aunt: “...”", "and a line that is already a meme: “...”"). Such words are held,
never served as anyone's quote."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.extract.footage_lines import in_footage_piece
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.names import FULL_NAME
from bot.extract.part_pronoun_lines import LINE_OF_THE_WORK
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.organisations import Organisations
    from bot.extract.people import People
    from bot.extract.speakers import Resolver
from bot.facts import QuoteFact, SourceKind, held

_OWNER_BEFORE = lazy_pattern(rf"\b(?P<owner>{FULL_NAME})[’']s[ ]$")
"""An actor's full name owning what follows: "Ada Vale’s "."""
_REACH = 40
_GIVEN_LINE = lazy_pattern(
    r"\b(?:gets|has|is[ ]given|delivers)[ ](?:one|a|the|her|his|their|a[ ]single)[ ]"
    r"(?:[a-z]+[ ])?line[ ]as[ ][^.;:“”\"]{1,40}:[ ]*$"
)
"""A line an actor gets as a part, a colon, then the words: "gets one line as Orvo’s aunt: “"."""
_NAMED_LINE = lazy_pattern(r"\b(?:and|with)[ ]a[ ]line[ ](?:that|which)[ ][^.;:“”\"]{1,50}:[ ]*$")
"""A line the footage has, told with a clause on it, then a colon: "and a line that is already
a meme: “" (in a piece about a trailer only)."""
_LINE_REACH = 120


def actor_owned_part(text: str, name: str, is_person: Callable[[str], bool]) -> bool:
    """``name`` is written somewhere in ``text`` as the part of a person ``is_person`` knows:
    after their name and "’s" (not "Ada Vale (Dessa Moor)": which of the two is the part,
    the brackets do not tell)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or not text[end].isalnum():
            owned = _OWNER_BEFORE.search(text, max(at - _REACH, 0), at)
            if owned is not None and is_person(owned["owner"]):
                return True
        at = text.find(name, at + 1)
    return False


def person_named(people: People, orgs: Organisations | None = None) -> Callable[[str], bool]:
    """Whether a full name is a person's: one the article knows, or any full name it does not
    block that names no organisation ("Netflix UK’s Ada Vale" is a company's, not a part)."""

    def named(name: str) -> bool:
        if people.knows(name):
            return True
        return people.resolve(name) == name and (orgs is None or orgs.find(name) is None)

    return named


_MEDIUM_OWNER = lazy_pattern(rf"^(?:{CHANNEL_NAME}|Radio|Podcast)\b|[ ](?:Radio|FM|Podcast)$")
"""A station, a channel or a podcast named like a person ("Radio Kestrel’s Ada Vale"): whoever
it owns is its presenter or guest, never a part."""


def _owner_test(resolver: Resolver, speaker: str) -> Callable[[str], bool]:
    """Who may own the speaker as a part: any person's name, for a speaker never met as a
    person; for one the article knows, only a person's name that is no word of the article's
    own work or its headline ("Ada Vale’s Dessa Moor" makes Dessa Moor a part, "Mirefield’s Ada
    Vale" does not make Ada Vale one), nor the speaker; never a station's or channel's name."""
    person = person_named(resolver.people, resolver.orgs)

    def named(owner: str) -> bool:
        return _MEDIUM_OWNER.search(owner) is None and person(owner)

    if not resolver.people.knows(speaker):
        return named
    known = resolver.context.is_known
    return lambda owner: owner != speaker and named(owner) and not known(owner)


def held_if_owned_part_line(
    doc: Doc,
    quote: Quote,
    fact: QuoteFact,
    resolver: Resolver,
) -> QuoteFact:
    """``fact`` held when its speaker, no cast actor, is written as an actor's part (see
    :func:`_owner_test`), or the words are a line an actor gets as a part, or a line a piece
    about footage introduces."""
    if not fact.served:
        return fact
    if (
        fact.source is SourceKind.PERSON
        and all(casting.actor != fact.speaker for casting in resolver.cast)
        and actor_owned_part(doc.text, fact.speaker, _owner_test(resolver, fact.speaker))
    ):
        return held(fact, LINE_OF_THE_WORK)
    window = (max(quote.start - _LINE_REACH, 0), max(quote.start - 1, 0))
    if _GIVEN_LINE.search(doc.masked, *window):
        return held(fact, LINE_OF_THE_WORK)
    if _NAMED_LINE.search(doc.masked, *window) and in_footage_piece(doc, quote):
        return held(fact, LINE_OF_THE_WORK)
    return fact
