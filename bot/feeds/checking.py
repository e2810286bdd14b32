"""Check one feed once: each new entry's page becomes an article file, edited entries update
theirs, and everything seen is remembered so that no entry is ever taken twice.

- A new entry (an identity this feed never had, whose link or content no feed brought
  before, whose page is not in the archive) is read like a link a moderator pastes
  (:func:`bot.moderation.links.draft_of`) and written into the seeds folder; the ingester
  reads it and the alert follows.
- On a feed's first check its entries are its history: taken (the newest
  :data:`HISTORY_ENTRIES`) without alerts, as the first seeding is.
- An edited entry (new title or summary, or a new "updated" time) has its page read again and
  its article file replaced in place: the ingester updates the article and alerts nobody.
- A page the site failed to serve is tried again on the next checks (the feed is then asked
  for in full), :data:`MAX_ATTEMPTS` times; one that is no article is skipped for good.
- Requests are conditional (ETag, Last-Modified), and the next check comes ``every_minutes``
  later, give or take :data:`JITTER`, so that feeds followed together drift apart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bot.db.archive import article_with_url
from bot.db.connection import Database
from bot.db.feeds import (
    EntryRecord,
    EntryState,
    FeedState,
    claim_entry,
    fail_entry,
    known_entry,
    record_check,
    record_failure,
    revise_entry,
    taken_elsewhere,
)
from bot.moderation.links import draft_of
from bot.moderation.newsdesk import (
    DraftArticle,
    NewsDeskError,
    create_seed_file,
    describe_write_error,
    free_file_name,
    prepare_seed,
    replace_seed_file,
)
from bot.web.errors import WebError
from bot.web.fetch import Validators
from bot.web.links import link_spellings, normal_link
from bot.web.reader import WebReader

if TYPE_CHECKING:
    from bot.web.feeds import FeedEntry

HISTORY_ENTRIES = 50
"""On a feed's first check, at most this many of its newest entries are taken as history."""
MAX_ATTEMPTS = 3
"""An entry whose page the site failed to serve is tried this many times, then skipped."""
JITTER = 0.1
"""The wait between checks varies by up to this fraction either way."""


class Outcome(StrEnum):
    """What a check did with one entry."""

    NEW = "new"
    HISTORY = "history"
    """New, on the feed's first check: written without an alert."""
    UPDATED = "updated"
    SKIPPED = "skipped"
    FAILED = "failed"
    """Its page could not be read this time; tried again later."""


class EntryResult(msgspec.Struct, frozen=True):
    outcome: Outcome
    title: str
    file_name: str | None = None
    note: str = ""


class FeedCheck(msgspec.Struct, frozen=True):
    """One check of one feed: what it did with each entry it did something with.

    ``error`` is why the feed itself could not be read (and ``paused`` whether that has gone
    on for a day); ``not_modified`` when the site said nothing changed.
    """

    url: str
    title: str | None
    entries: tuple[EntryResult, ...] = ()
    not_modified: bool = False
    error: str | None = None
    paused: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(entry.outcome is outcome for entry in self.entries)


class FeedChecker:
    """Checks feeds for one seeds folder, through one ``WebReader``; ``clock`` tells the time
    (an aware datetime), ``rng`` draws the jitter."""

    def __init__(
        self,
        db: Database,
        reader: WebReader,
        seeds_dir: Path,
        *,
        rng: random.Random | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._db = db
        self.reader = reader
        self._seeds_dir = seeds_dir
        self._rng = rng or random.Random()
        self._clock = clock
        self._committing: set[asyncio.Future[str | EntryResult | None]] = set()

    async def check(self, feed: FeedState) -> FeedCheck:
        """Read the feed and take what is new in it; never raises for a feed or page that
        cannot be read (that is in the result, and remembered), only for the database."""
        checked_at = self._clock()
        wait = feed.every_minutes * 60 * self._rng.uniform(1 - JITTER, 1 + JITTER)
        next_at = checked_at.timestamp() + wait
        sent = Validators(feed.etag, feed.last_modified)
        try:
            read = await self.reader.feed(feed.url, sent)
        except WebError as error:
            paused = await record_failure(
                self._db, feed.id, str(error), checked_at=checked_at, next_at=next_at
            )
            return FeedCheck(feed.url, feed.title, error=str(error), paused=paused)
        results: list[EntryResult] = []
        if read.feed is not None:
            history = not feed.history_taken
            for entry, kept in _in_turn(read.feed.entries, history):
                result = await self._take(feed, entry, history=history, kept=kept)
                if result is not None:
                    results.append(result)
        # A page to try again: next time, the feed is asked for in full, not "if changed".
        retry = any(result.outcome is Outcome.FAILED for result in results)
        validators = sent if retry else read.validators
        await record_check(
            self._db,
            feed.id,
            title=read.feed.title if read.feed is not None else None,
            etag=validators.etag,
            last_modified=validators.last_modified,
            checked_at=checked_at,
            next_at=next_at,
        )
        title = read.feed.title if read.feed is not None else feed.title
        return FeedCheck(feed.url, title, tuple(results), not_modified=read.feed is None)

    async def _take(
        self, feed: FeedState, entry: FeedEntry, *, history: bool, kept: bool
    ) -> EntryResult | None:
        known = await known_entry(self._db, feed.id, entry.identity)
        if known is not None and known.status != "failed":
            if known.status == "taken" and _edited(known, entry):
                return await self._revise(known, entry)
            return None
        entry_history = known.history if known is not None else history
        record = partial(
            EntryRecord,
            entry.identity,
            normal_link(entry.link) if entry.link else None,
            entry.content_hash,
            _iso(entry.updated),
            history=entry_history,
        )
        title = entry.title or entry.link or "(untitled entry)"
        if not kept:
            why = f"older than the feed's newest {HISTORY_ENTRIES} entries when it was followed"
            return await self._skip(feed, record, title, why)
        if entry.link is None:
            return await self._skip(feed, record, title, "it links to no article")
        taken = await taken_elsewhere(self._db, link_spellings(entry.link), entry.content_hash)
        if taken is not None:
            return await self._skip(feed, record, title, _already(taken))
        if await self._in_archive(entry.link):
            return await self._skip(feed, record, title, "already in the archive")
        try:
            article = await self.reader.article(entry.link)
        except WebError as error:
            attempts = (known.attempts if known is not None else 0) + 1
            if error.transient and attempts < MAX_ATTEMPTS:
                await claim_entry(self._db, feed.id, record(status="failed", note=str(error)))
                return EntryResult(Outcome.FAILED, title, note=str(error))
            return await self._skip(feed, record, title, str(error))
        if await self._in_archive(article.url):
            return await self._skip(feed, record, title, "already in the archive")
        written = await self._write(feed, record, draft_of(article, _day_of(entry)))
        if isinstance(written, EntryResult):
            return written
        if written is None:
            return None  # another checker (a `feeds poll` beside the bot) took it just now
        return EntryResult(
            Outcome.HISTORY if entry_history else Outcome.NEW, article.headline, written
        )

    async def _write(
        self, feed: FeedState, record: partial[EntryRecord], draft: DraftArticle
    ) -> str | EntryResult | None:
        """The new article file's name; None if another checker claimed the entry first; a
        failed result if the file could not be written."""
        try:
            prepared = await asyncio.to_thread(prepare_seed, draft)
            name = await asyncio.to_thread(free_file_name, self._seeds_dir, draft.title, draft.date)
        except (NewsDeskError, OSError) as error:
            return EntryResult(Outcome.FAILED, draft.title, note=_write_failure(error))
        # Claiming the entry and writing its file go together: a check cancelled (the bot
        # stopping) between the two would leave an entry taken and no article. So they run
        # shielded, and :meth:`settle` waits for them.
        commit = asyncio.ensure_future(self._commit(feed, record, name, prepared.raw))
        self._committing.add(commit)
        commit.add_done_callback(self._committing.discard)
        return await asyncio.shield(commit)

    async def _commit(
        self, feed: FeedState, record: partial[EntryRecord], name: str, raw: bytes
    ) -> str | EntryResult | None:
        # Claimed with its file name before the file exists: the ingester, reading the file,
        # must find whether it was taken as history.
        entry_id = await claim_entry(self._db, feed.id, record(status="taken", file_name=name))
        if entry_id is None:
            return None
        note = "another article took its file name; tried again next time"
        try:
            path = await asyncio.to_thread(create_seed_file, self._seeds_dir, name, raw)
        except (NewsDeskError, OSError) as error:
            path, note = None, _write_failure(error)
        if path is None:
            await fail_entry(self._db, entry_id, note)
            return EntryResult(Outcome.FAILED, name, note=note)
        return name

    async def settle(self) -> None:
        """Wait until no entry is half taken (claimed, its file not yet written): after a
        check was cancelled, before the database closes."""
        if self._committing:
            await asyncio.gather(*self._committing, return_exceptions=True)

    async def _revise(self, known: EntryState, entry: FeedEntry) -> EntryResult | None:
        """An edited entry: its page read again, its article file replaced if it changed."""
        note = None
        rewritten = False
        title = entry.title or entry.link or "(untitled entry)"
        if known.file_name is not None and entry.link is not None:
            try:
                article = await self.reader.article(entry.link)
            except WebError as error:
                note = f"edited, but its page could not be read again: {error}"
            else:
                draft = draft_of(article, _day_of(entry))
                prepared = await asyncio.to_thread(prepare_seed, draft)
                try:
                    rewritten = await asyncio.to_thread(
                        _rewrite, self._seeds_dir, known.file_name, prepared.raw
                    )
                except (NewsDeskError, OSError) as error:
                    note = f"edited, but its file could not be written: {_write_failure(error)}"
                title = article.headline
        await revise_entry(
            self._db,
            known.id,
            content_hash=entry.content_hash,
            updated=_iso(entry.updated),
            note=note,
        )
        return EntryResult(Outcome.UPDATED, title, known.file_name) if rewritten else None

    async def _skip(
        self, feed: FeedState, record: partial[EntryRecord], title: str, why: str
    ) -> EntryResult | None:
        if await claim_entry(self._db, feed.id, record(status="skipped", note=why)) is None:
            return None
        return EntryResult(Outcome.SKIPPED, title, note=why)

    async def _in_archive(self, url: str) -> bool:
        async with self._db.reading() as conn:
            return await article_with_url(conn, link_spellings(url)) is not None


def _in_turn(entries: Sequence[FeedEntry], history: bool) -> Iterator[tuple[FeedEntry, bool]]:
    """Each entry in the feed's order, and whether it may be taken: on the first check
    (``history``) only the newest :data:`HISTORY_ENTRIES` may."""
    if not history or len(entries) <= HISTORY_ENTRIES:
        yield from ((entry, True) for entry in entries)
        return
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    newest = sorted(entries, key=lambda e: e.published or oldest, reverse=True)
    kept = {id(entry) for entry in newest[:HISTORY_ENTRIES]}
    yield from ((entry, id(entry) in kept) for entry in entries)


def _edited(known: EntryState, entry: FeedEntry) -> bool:
    return known.content_hash != entry.content_hash or known.updated != _iso(entry.updated)


def _rewrite(seeds_dir: Path, file_name: str, raw: bytes) -> bool:
    """Replace the article file if it is still there and differs (blocking); True if it was.

    A file the operator removed is not written again: they did not want that article.
    """
    path = seeds_dir / file_name
    try:
        if path.read_bytes() == raw:
            return False
    except FileNotFoundError:
        return False
    replace_seed_file(seeds_dir, file_name, raw)
    return True


def _day_of(entry: FeedEntry) -> dt.date:
    """The day to date an article whose page gives none: the entry's, else today (UTC)."""
    return (entry.published or dt.datetime.now(dt.UTC)).date()


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _already(file_name: str) -> str:
    return f"already taken as {file_name}" if file_name else "already taken from another feed"


def _write_failure(error: NewsDeskError | OSError) -> str:
    return describe_write_error(error) if isinstance(error, OSError) else str(error)
