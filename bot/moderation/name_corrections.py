"""What ``/facts cast`` and ``/facts merge`` do, and how ``/facts speaker`` reads a name.

A moderator's casting is a fact of its own, not an article's: the newest statement about the
character on the day it is made, so the earlier actor moves to "earlier" as with a recast
from an article. A merge joins two names of one person (or one character) under the canonical
spelling. Both are applied when people and characters are derived
(:mod:`bot.ingestion.entities`), in the transaction that records them. Names must be known
exactly (close is not enough to change the knowledge); an actor or a speaker the bot has not
met yet is fine.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from typing import TYPE_CHECKING

from bot.answers.corrections import Corrected
from bot.answers.errors import ECHO, InvalidInput, NotFoundError
from bot.answers.lookups import WhoPlays
from bot.corrections import UNKNOWN_SPEAKER, CorrectionAction
from bot.db.connection import Database
from bot.db.corrections import NewCorrection, correction_entry, record_correction
from bot.db.names import shown_name
from bot.db.people import cast_apart, spelling
from bot.knowledge import Knowledge
from bot.knowledge.matching import NameIndex
from bot.lazy_modules import lazy_module
from bot.moderation.corrections import in_one_transaction
from bot.moderation.newsdesk import one_line
from bot.moderation.permissions import Moderator
from bot.names import name_key
from bot.render.common import or_list, plural, shorten

if TYPE_CHECKING:
    from bot.ingestion import entities
else:  # the ingestion pipeline: not loaded before READY
    entities = lazy_module("bot.ingestion.entities")

_KINDS = ("person", "character")


async def cast(
    db: Database, knowledge: Knowledge, moderator: Moderator, character: str, actor: str
) -> Corrected:
    """``actor`` plays ``character`` (a character the bot knows) from now on."""
    characters = await knowledge.character_index()
    character_id = characters.exact(character)
    if character_id is None:
        raise _unknown(characters, "character", character)
    shown = characters.display[character_id]
    player = await person_named(knowledge, actor)
    now = await knowledge.who_plays(shown)
    if (
        isinstance(now, WhoPlays)
        and now.current
        and name_key(now.current.actor) == name_key(player)
    ):
        raise InvalidInput(f"{player} already plays {shown}.")
    return await _correct_names(db, moderator, CorrectionAction.CAST, shown, player)


async def merge(
    db: Database, knowledge: Knowledge, moderator: Moderator, name: str, into: str
) -> Corrected:
    """``name`` and ``into`` are one person (or one character), shown as ``into``. A spelling
    ``into`` no article uses renames ``name`` (a misspelt name put right)."""
    indexes = {
        "person": await knowledge.people_index(),
        "character": await knowledge.character_index(),
    }
    found = {kind: (index.exact(name), index.exact(into)) for kind, index in indexes.items()}
    both = [kind for kind in _KINDS if None not in found[kind]]
    if not both:
        named = [kind for kind in _KINDS if found[kind][0] is not None]
        if not named:
            raise NotFoundError(f"I know no person or character called “{ECHO}”.", echo=name)
        if len(named) == 1 and all(found[kind][1] is None for kind in _KINDS):
            return await _rename(db, moderator, named[0], name, into)
        person_first = found["person"][0] is not None
        raise InvalidInput(
            f"“{ECHO}” is a {'person' if person_first else 'character'} and the other name a "
            f"{'character' if person_first else 'person'}: only two people, or two characters, "
            "can be merged.",
            echo=name,
        )
    kind = both[0]
    variant_id, canonical_id = found[kind]
    assert variant_id is not None and canonical_id is not None
    async with db.reading() as conn:
        variant = await spelling(conn, kind, name_key(name)) or one_line(name)
        canonical = await spelling(conn, kind, name_key(into)) or one_line(into)
    if variant_id == canonical_id and indexes[kind].display[canonical_id] == canonical:
        raise InvalidInput(
            f"{variant} and {canonical} are already one {kind}, shown as {canonical}."
        )
    if variant_id != canonical_id:
        async with db.reading() as conn:
            article = await cast_apart(conn, kind, variant_id, canonical_id)
        if article is not None:
            parts = "different characters" if kind == "person" else "different actors"
            raise InvalidInput(
                f"{variant} and {canonical} are two {plural(kind)}: “{shorten(article, 80)}” "
                f"gives them {parts}, so they are not merged."
            )
    return await _correct_names(
        db, moderator, CorrectionAction.MERGE, variant, canonical, name_kind=kind
    )


async def _rename(db: Database, moderator: Moderator, kind: str, name: str, into: str) -> Corrected:
    """``name`` (a known ``kind``) shown and found as the new spelling ``into``."""
    spelt = one_line(into)
    if not name_key(spelt):
        raise InvalidInput(f"“{ECHO}” is not a name.", echo=into)
    async with db.reading() as conn:
        variant = await spelling(conn, kind, name_key(name)) or one_line(name)
    return await _correct_names(
        db, moderator, CorrectionAction.MERGE, variant, spelt, name_kind=kind
    )


async def _correct_names(
    db: Database,
    moderator: Moderator,
    action: CorrectionAction,
    subject: str,
    value: str,
    *,
    name_kind: str | None = None,
) -> Corrected:
    """Record a correction of names (``subject`` to ``value``) and derive who is who again."""
    correction = NewCorrection(
        action,
        moderator.user_id,
        moderator.guild_id,
        moderator.name,
        subject=subject,
        subject_key=name_key(subject),
        value=value,
        value_key=name_key(value),
        name_kind=name_kind,
    )
    return await in_one_transaction(db, partial(_record_names, correction))


def _record_names(correction: NewCorrection, writer: sqlite3.Connection) -> Corrected:
    number = record_correction(writer, correction)
    entities.derive_entities(writer)
    entry = correction_entry(writer, number)
    assert entry is not None
    kind = correction.name_kind or "person"  # a casting's value is its actor
    shown = shown_name(writer, kind, correction.value_key)
    return Corrected(entry, shown_as=shown if shown != correction.value else None)


async def person_named(knowledge: Knowledge, typed: str) -> str:
    """The person a moderator named: as the bot shows them if it knows them, else as typed
    (someone the bot has not met yet). Raises :class:`InvalidInput` if it is not a name."""
    people = await knowledge.people_index()
    person_id = people.exact(typed)
    if person_id is not None:
        return people.display[person_id]
    name = one_line(typed)
    if not name_key(name):
        raise InvalidInput(f"“{ECHO}” is not a name.", echo=typed)
    return name


async def speaker_named(knowledge: Knowledge, typed: str) -> str:
    """Who said a quote: a person (see :func:`person_named`), or "" for ``unknown``."""
    if typed.strip().casefold() == UNKNOWN_SPEAKER:
        return ""
    return await person_named(knowledge, typed)


def _unknown(index: NameIndex, kind: str, typed: str) -> NotFoundError:
    """The error for a name the bot does not know, offering the closest it does."""
    match = index.match(typed)
    closest = [index.display[match.entity_id]] if match.entity_id is not None else []
    closest += [name for name in match.suggestions if name not in closest]
    text = f"I know no {kind} called “{ECHO}”."
    if closest:
        text += f" The closest: {or_list(closest[:3])}."
    return NotFoundError(text, echo=typed)
