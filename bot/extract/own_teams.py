"""A star's own team or own text speaking for them. The team unnamed: "Her team insists the
reports are “...”" is Ada Vale's team when the possessive plainly stands for Ada Vale; held when
the possessive is someone else's ("Omar Field ... with his co-star – but her team insists": the
unnamed co-star's team); a bare "team" when no one is plain. "Her own statement was gracious:
“...”" is hers, the person the possessive stands for, never the organisation named last."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extract.speaker_antecedents import Speaker
from bot.extract.subjects import OWN_TEAM
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

OWN_TEAM_RE = lazy_pattern(OWN_TEAM)
"""A star's own team as a speaker (see :data:`~bot.extract.subjects.OWN_TEAM`)."""
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}
POSTED_TEXTS = frozenset({"caption", "post", "tweet", "message"})
"""Texts a poster puts up: never an organisation's unless it is named as the poster."""
_OTHER_GENDER = {
    "he": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
}


def own_team(
    resolver: Resolver, words: list[str], offset: int, attribution: str, depth: int
) -> Speaker:
    """ "Her team insists" (``words``) at ``offset``: the team of the person the possessive
    stands for ("Ada Vale’s team", unnamed), else no one."""
    pronoun = _PRONOUN_OF[words[0].lower()]
    found = resolver.who(pronoun, offset, attribution, depth)  # as a "he said" would be
    if found is None or found.source is not SourceKind.PERSON or not found.name:
        return Speaker(words[-1], SourceKind.UNNAMED, attribution)  # someone's team, unnamed
    if _other_gender_since(resolver.doc.masked, found.name, pronoun, offset):
        return Speaker("", SourceKind.UNATTRIBUTED, attribution)  # held: see held_if_ownerless
    return Speaker(f"{found.name}’s {words[-1]}", SourceKind.UNNAMED, attribution)


def own_text(
    resolver: Resolver, words: list[str], offset: int, attribution: str, depth: int
) -> Speaker | None:
    """ "Her own statement" (``words``): the person "her" stands for, as a "she said" would be,
    else no one; ``None`` for a text no "her" or "his" owns ("the statement", "their letter"),
    which may be an organisation's, and for a post or caption, whose poster is sought before it."""
    pronoun = _PRONOUN_OF.get(words[0].lower())
    if pronoun is None or pronoun == "they" or words[-1].lower() in POSTED_TEXTS:
        return None  # "his caption": the poster before it, found as for any caption
    found = resolver.who(pronoun, offset, attribution, depth)
    if found is None or found.source is not SourceKind.PERSON or not found.name:
        return Speaker("", SourceKind.UNATTRIBUTED, attribution)
    return Speaker(found.name, SourceKind.PERSON, attribution)


def held_if_ownerless(fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a team speaks whose owner is someone else than the person named (see
    :func:`own_team`): it is no one's the article names."""
    if not fact.served or fact.source is not SourceKind.UNATTRIBUTED:
        return fact
    if OWN_TEAM_RE.match(fact.attribution):
        return held(fact, "a team speaking for someone unnamed")
    return fact


def _other_gender_since(text: str, name: str, pronoun: str, offset: int) -> bool:
    """Whether the other sex's pronoun stands between the last mention of ``name`` and
    ``offset`` ("Omar Field ... with his co-star – but her team": her team is not his)."""
    other = _OTHER_GENDER.get(pronoun)
    if other is None:  # "their team": no pronoun tells another apart
        return False
    at = text.rfind(name.rsplit(maxsplit=1)[-1], 0, offset)
    return at >= 0 and other.search(text, at, offset) is not None
