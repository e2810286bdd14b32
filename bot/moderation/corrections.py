"""What ``/facts`` does to facts: review, approve, reject, hide, unhide, set a speaker, undo;
and the log of every correction.

Each correction runs as one transaction on the bulk writer (see :mod:`bot.db`): checked against
the fact as stored, recorded, and applied again to the fact's article
(:mod:`bot.ingestion.reapply`), so it holds completely or nothing changes. Approving a fact
that is news queues the alert it held back (:mod:`bot.alerts.queue`); no other correction
alerts anyone. Who may act is the command's check (:mod:`bot.moderation.permissions`), made
before any of these run. Each returns its answer (:mod:`bot.answers.corrections`) or raises an
:mod:`expected error <bot.answers.errors>` saying why not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import msgspec
from msgspec.structs import replace

from bot.alerts.queue import enqueue_approval_alerts
from bot.answers.corrections import (
    Corrected,
    CorrectionLog,
    CorrectionUndone,
    HeldFacts,
)
from bot.answers.errors import ECHO, InvalidInput, NotFoundError
from bot.corrections import (
    ArticleCorrections,
    CorrectionAction,
    FactId,
    FactKind,
)
from bot.db import corrections as log_of
from bot.db.articles import file_stamps
from bot.db.connection import Database
from bot.db.corrections import NewCorrection, corrected_file, mark_undone, record_correction
from bot.db.review import FactRecord, also_served, fact_record, fact_was_stored, held_facts
from bot.lazy_modules import lazy_module
from bot.moderation.permissions import Moderator
from bot.render import fact_lines
from bot.render.text import TextStyle

if TYPE_CHECKING:
    from bot.ingestion import entities, reapply
else:  # the ingestion pipeline: not loaded before READY
    entities = lazy_module("bot.ingestion.entities")
    reapply = lazy_module("bot.ingestion.reapply")

REVIEW_LIMIT = 25
"""Held facts one ``/facts review`` shows (a page each), oldest first."""
LOG_LIMIT = 100
"""Corrections one ``/facts log`` shows, newest first."""
NOT_AN_ID = (
    f"“{ECHO}” is not a fact id. Ids look like cast-12, crew-3, release-5 or quote-7: "
    "`/news show` and `/facts review` show them."
)
_T = TypeVar("_T")


def parse_fact(text: str) -> FactId:
    """The fact id a moderator typed; raises :class:`InvalidInput` if it is none."""
    fact_id = FactId.parse(text)
    if fact_id is None:
        raise InvalidInput(NOT_AN_ID, echo=text)
    return fact_id


async def in_one_transaction(db: Database, work: Callable[[sqlite3.Connection], _T]) -> _T:
    """Run ``work`` as one write transaction on the bulk writer, then free the writer."""
    try:
        return await db.write_in_bulk(work)
    finally:
        await db.release_bulk_writer()


async def review(db: Database) -> HeldFacts:
    """The oldest facts held back for a moderator's decision (:data:`REVIEW_LIMIT` at most)."""
    async with db.reading() as conn:
        facts, total = await held_facts(conn, REVIEW_LIMIT)
    return HeldFacts(tuple(facts), total)


async def correction_log(db: Database, server_name: Callable[[int], str]) -> CorrectionLog:
    """The newest corrections (:data:`LOG_LIMIT` at most); ``server_name`` names a server by
    its id ("" when the bot is not in it)."""
    async with db.reading() as conn:
        entries, total = await log_of.correction_log(conn, LOG_LIMIT)
    named = [
        replace(entry, guild_name=server_name(entry.guild_id)) if entry.guild_id else entry
        for entry in entries
    ]
    return CorrectionLog(tuple(named), total)


class _Request(msgspec.Struct, frozen=True):
    action: CorrectionAction
    fact_id: FactId
    reason: str = ""
    speaker: str = ""
    """For a speaker: the person, or "" for nobody named."""


async def approve(db: Database, moderator: Moderator, fact: str) -> Corrected:
    """Serve a fact the extractor held back (or one rejected before); news gets its alert."""
    return await _correct(db, moderator, _Request(CorrectionAction.APPROVE, parse_fact(fact)))


async def reject(db: Database, moderator: Moderator, fact: str) -> Corrected:
    """Keep a held fact out for good (whatever a later extractor thinks of it)."""
    return await _correct(db, moderator, _Request(CorrectionAction.REJECT, parse_fact(fact)))


async def hide(db: Database, moderator: Moderator, fact: str, reason: str = "") -> Corrected:
    """Stop a wrong fact being used in any answer or alert."""
    request = _Request(CorrectionAction.HIDE, parse_fact(fact), reason=reason.strip())
    return await _correct(db, moderator, request)


async def unhide(db: Database, moderator: Moderator, fact: str) -> Corrected:
    """Bring a hidden fact back."""
    return await _correct(db, moderator, _Request(CorrectionAction.UNHIDE, parse_fact(fact)))


async def set_speaker(db: Database, moderator: Moderator, quote: int, speaker: str) -> Corrected:
    """Credit quote number ``quote`` to ``speaker`` ("" for nobody named: unattributed)."""
    fact_id = FactId(FactKind.QUOTE, quote)
    return await _correct(
        db, moderator, _Request(CorrectionAction.SPEAKER, fact_id, speaker=speaker)
    )


async def _correct(db: Database, moderator: Moderator, request: _Request) -> Corrected:
    return await in_one_transaction(db, partial(_correct_fact, moderator, request))


def _correct_fact(moderator: Moderator, request: _Request, writer: sqlite3.Connection) -> Corrected:
    fact_id = request.fact_id
    record = fact_record(writer, fact_id)
    if record is None:
        if not fact_was_stored(writer, fact_id):
            raise NotFoundError(f"There is no fact {fact_id}.")
        raise NotFoundError(
            f"{fact_id} is in no article any more: its article was removed or says otherwise now."
        )
    _check(request, record, log_of.fact_corrections(writer, fact_id))
    speaker = request.action is CorrectionAction.SPEAKER
    number = record_correction(
        writer,
        NewCorrection(
            request.action,
            moderator.user_id,
            moderator.guild_id,
            moderator.name,
            fact_id,
            record.file_name,
            record.content,
            subject=fact_lines.line(record.line, TextStyle()),
            value=request.speaker,
            previous=record.line.detail if speaker else "",
            reason=request.reason,
        ),
    )
    article, extracted = reapply.extracted_article(writer, record.file_name)
    alerted = False
    if request.action is CorrectionAction.APPROVE:
        change = reapply.write_corrected(writer, record.file_name, extracted, approval=True)
        assert change is not None
        content_hash = file_stamps(writer, [record.file_name])[record.file_name].content_hash
        alerted = enqueue_approval_alerts(
            writer, record.file_name, content_hash, article, change, str(fact_id)
        )
    else:
        reapply.write_corrected(writer, record.file_name, extracted)
    entry = log_of.correction_entry(writer, number)
    assert entry is not None
    others: list[FactId] = []
    if request.action in (CorrectionAction.HIDE, CorrectionAction.REJECT):
        others = also_served(writer, fact_id, record.content)
    return Corrected(entry, alerted, also_stated=tuple(others))


def _check(request: _Request, record: FactRecord, state: ArticleCorrections) -> None:
    """Raises :class:`InvalidInput` when the correction would change nothing or is the wrong
    one for the fact's state."""
    fact = request.fact_id
    hidden = bool(state.hidden)
    decided = next(iter(state.decided.values()), None)
    match request.action:
        case CorrectionAction.APPROVE if hidden:
            raise InvalidInput(f"{fact} is hidden: bring it back with `/facts unhide` first.")
        case CorrectionAction.APPROVE if record.served:
            raise InvalidInput(f"{fact} is already served: members are told it.")
        case CorrectionAction.REJECT if hidden or decided is False:
            raise InvalidInput(f"{fact} is already kept out of every answer.")
        case CorrectionAction.REJECT if record.served and decided is None:
            raise InvalidInput(
                f"{fact} was not held back for review. "
                "To stop it being used, `/facts hide` it (with a reason)."
            )
        case CorrectionAction.HIDE if hidden:
            raise InvalidInput(f"{fact} is already hidden.")
        case CorrectionAction.UNHIDE if not hidden:
            raise InvalidInput(f"{fact} is not hidden.")
        case CorrectionAction.SPEAKER if request.speaker == record.line.detail:
            who = request.speaker or "nobody named"
            raise InvalidInput(f"{fact} is already credited to {who}.")


async def undo(db: Database, moderator: Moderator, number: int) -> CorrectionUndone:
    """Take correction ``number`` back: what it changed is as extracted (or as the corrections
    still in force make it) again."""
    return await in_one_transaction(db, partial(_undo, moderator, number))


def _undo(moderator: Moderator, number: int, writer: sqlite3.Connection) -> CorrectionUndone:
    entry = log_of.correction_entry(writer, number)
    if entry is None:
        raise NotFoundError(f"There is no correction #{number}.")
    if not mark_undone(writer, number, moderator.user_id, moderator.guild_id):
        raise InvalidInput(f"Correction #{number} was already undone.")
    file_name = corrected_file(writer, number)
    if file_name is None:
        entities.derive_entities(writer)  # a casting or a merge: names only
    else:
        try:
            _, extracted = reapply.extracted_article(writer, file_name)
        except LookupError:
            pass  # its article was removed: nothing to apply it to
        else:
            reapply.write_corrected(writer, file_name, extracted)
    undone = log_of.correction_entry(writer, number)
    assert undone is not None
    return CorrectionUndone(undone)
