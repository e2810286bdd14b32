"""Answers to ``/facts``: held facts to review, the corrections log, what a correction did.

Plain data, worded by :mod:`bot.render.correction_cards`. When a correction cannot be made the
moderation layer raises one of :mod:`bot.answers.errors` instead.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from bot.answers.lookups import FactLine, Source
from bot.corrections import CorrectionAction, FactId


class HeldFact(msgspec.Struct, frozen=True):
    """A fact the extractor was unsure of, held back until a moderator decides."""

    line: FactLine
    evidence: str
    """The sentence it came from."""
    source: Source
    confidence: float
    """How sure the extractor was, in [0, 1]."""
    doubt: str
    """Why it doubted, in a few words."""


class HeldFacts(msgspec.Struct, frozen=True):
    """``/facts review``: the oldest held facts (at most a page's worth) of ``total``."""

    facts: tuple[HeldFact, ...]
    total: int


class CorrectionEntry(msgspec.Struct, frozen=True):
    """One correction, as the log shows it.

    By action: a fact's correction names the fact (``fact_id``) and how it read (``subject``);
    a speaker's also the new speaker (``value``, "" for nobody named) and the old (``previous``);
    a casting the character (``subject``) and the actor (``value``); a merge the variant
    (``subject``), the canonical name (``value``) and what they name (``name_kind``).
    """

    number: int
    action: CorrectionAction
    fact_id: FactId | None
    subject: str
    value: str
    previous: str
    name_kind: str | None
    reason: str
    user_id: int | None
    """Who made it; None for the operator at the console."""
    user_name: str
    """Their name in the server when they made it."""
    guild_id: int | None
    guild_name: str
    """The server's name if the bot is in it ("" if unknown)."""
    made_at: dt.datetime
    undone_at: dt.datetime | None
    in_use: bool
    """Whether what it corrects still exists (its article was not removed, its names are known)."""
    replaced_by: int | None = None
    """The number of a later correction in force that settles the same thing for the same fact
    (an unhide after a hide, a rejection after an approval): this one no longer decides."""


LOG_PAGE = 10
"""Corrections on one page of the log (each page has an Undo button per correction)."""


class CorrectionLog(msgspec.Struct, frozen=True):
    """``/facts log``: the newest corrections first (at most a few pages' worth) of ``total``."""

    entries: tuple[CorrectionEntry, ...]
    total: int

    def pages(self) -> list[tuple[CorrectionEntry, ...]]:
        """The entries as the log's pages show them, :data:`LOG_PAGE` a page."""
        entries = self.entries
        return [entries[start : start + LOG_PAGE] for start in range(0, len(entries), LOG_PAGE)]


class Corrected(msgspec.Struct, frozen=True):
    """A correction was made; ``alerted`` when approving it posts the news alert it held."""

    entry: CorrectionEntry
    alerted: bool = False
    also_stated: tuple[FactId, ...] = ()
    """Other served facts that say what a hidden or rejected fact said: still in the answers."""
    shown_as: str | None = None
    """How the bot shows the name the moderator gave, when the articles' spelling wins over
    it (a casting of "Ana Sol" where the articles write "Anna Sol")."""


class CorrectionUndone(msgspec.Struct, frozen=True):
    """``/facts undo``: the correction no longer applies; what it changed is as extracted."""

    entry: CorrectionEntry
