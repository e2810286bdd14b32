"""Autocomplete for the moderators' options that name a fact, a quote or a correction.

Each gives (label, value) pairs, at most :data:`~bot.knowledge.matching.AUTOCOMPLETE_LIMIT`,
labels within Discord's 100 characters: the id and the fact in words, so a moderator picks
by what a fact says and the command gets its id.
"""

from __future__ import annotations

from bot.db.connection import Database
from bot.db.corrections import undoable
from bot.db.review import Scope, fact_choices
from bot.knowledge.matching import AUTOCOMPLETE_LIMIT
from bot.render import fact_lines
from bot.render.common import shorten
from bot.render.correction_cards import describe
from bot.render.text import TextStyle

LABEL_LIMIT = 100


async def facts(db: Database, scope: Scope, typed: str) -> list[tuple[str, str]]:
    """Facts in ``scope`` for what was typed (an id's start, or words of the fact)."""
    async with db.reading() as conn:
        lines = await fact_choices(conn, scope, typed, AUTOCOMPLETE_LIMIT)
    style = TextStyle()
    return [
        (
            shorten(f"{line.fact_id} · {fact_lines.line(line, style)}", LABEL_LIMIT),
            str(line.fact_id),
        )
        for line in lines
    ]


async def quotes(db: Database, typed: str) -> list[tuple[str, int]]:
    """Quotes whose number starts with what was typed (served or held), by number."""
    digits = "".join(ch for ch in typed if ch.isdigit())
    async with db.reading() as conn:
        lines = await fact_choices(conn, Scope.ANY, f"quote-{digits}", AUTOCOMPLETE_LIMIT)
    style = TextStyle()
    return [
        (
            shorten(f"#{line.fact_id.number} {fact_lines.line(line, style)}", LABEL_LIMIT),
            line.fact_id.number,
        )
        for line in lines
    ]


async def corrections(db: Database, typed: str) -> list[tuple[str, int]]:
    """Corrections in force (those an undo can take back), newest first."""
    async with db.reading() as conn:
        entries = await undoable(conn, typed, AUTOCOMPLETE_LIMIT)
    style = TextStyle()
    return [
        (shorten(f"#{entry.number} {describe(entry, style)}", LABEL_LIMIT), entry.number)
        for entry in entries
    ]
