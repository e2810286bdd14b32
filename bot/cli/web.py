"""``python -m bot fetch URL`` and ``python -m bot feeds add|list|remove|poll``: the web, offline.

The same reading and the same feed checks as the running bot (:mod:`bot.moderation.links`,
:mod:`bot.feeds`), with one ``Fetcher`` for the command. The article files written are read
by the running bot's watcher at once, or at its next start (``seed`` reads them too). A link
or feed that cannot be used raises :class:`WebCommandError` with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import textwrap
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from bot.answers import Answer
from bot.answers.errors import ExpectedError
from bot.cli.errors import WebCommandError
from bot.config import Settings
from bot.db.connection import Database
from bot.db.feeds import due_feeds
from bot.feeds import following
from bot.feeds.checking import FeedCheck, FeedChecker, Outcome
from bot.ingestion.scan import SeedsFolderError
from bot.moderation.links import read_link
from bot.moderation.newsdesk import NewsDeskError, describe_write_error, write_article
from bot.render.cards import cards_for
from bot.render.moderation_cards import facts_fields
from bot.render.text import TextStyle, text_for
from bot.web.fetch import Fetcher
from bot.web.reader import WebReader, fetch_policy

_OUTCOME_WIDTH = max(len(outcome.value) for outcome in Outcome)


@asynccontextmanager
async def web_reader(settings: Settings) -> AsyncIterator[WebReader]:
    """A reader with the operator's limits, for one command."""
    async with Fetcher(fetch_policy(settings)) as fetcher:
        yield WebReader(fetcher)


async def fetch_article(settings: Settings, db: Database, url: str) -> str:
    """Write the article at ``url`` as a new file in the seeds folder; what to print."""
    _require_seeds(settings)
    today = dt.datetime.now(dt.UTC).date()
    async with web_reader(settings) as reader:
        with _reasons():
            link = await read_link(db, reader, url, today)
    try:
        written = await asyncio.to_thread(write_article, settings.seeds_dir, link.draft)
    except NewsDeskError as error:
        raise WebCommandError(str(error)) from error
    except OSError as error:
        raise WebCommandError(describe_write_error(error)) from error
    lines = [
        f"Wrote {written.file_name} in {settings.seeds_dir}",
        f"  {link.preview.headline}",
        f"  {link.preview.published.isoformat()}, {link.preview.url}",
    ]
    if link.preview.date_guessed:
        lines.append("  (the page gives no date: today's is used)")
    for field in facts_fields(written.facts, TextStyle()):
        lines += [f"{field.name}:", textwrap.indent(field.value, "  ")]
    return "\n".join(lines)


async def follow_feed(settings: Settings, db: Database, url: str, every: int | None) -> str:
    _require_seeds(settings)
    async with web_reader(settings) as reader:
        with _reasons():
            answer = await following.follow(
                db, reader, url, every or settings.feed_interval_minutes
            )
    return _answer_text(answer)


async def list_feeds(db: Database) -> str:
    return _answer_text(await following.feeds(db))


async def remove_feed(db: Database, url: str) -> str:
    with _reasons():
        return _answer_text(await following.unfollow(db, url))


async def feeds_command(settings: Settings, db: Database, args: argparse.Namespace) -> str:
    """``python -m bot feeds [add|remove|list]``: what it did, in words (no sub-command: check
    every feed that is due)."""
    match args.feeds_command:
        case "add":
            return await follow_feed(settings, db, args.url, args.every)
        case "remove":
            return await remove_feed(db, args.url)
        case "list":
            return await list_feeds(db)
    return await poll_feeds(settings, db)


async def poll_feeds(settings: Settings, db: Database) -> str:
    """Check every feed once, now (paused ones too); what was written, feed by feed."""
    _require_seeds(settings)
    feeds = await due_feeds(db, None)
    if not feeds:
        return "No feed is followed. Add one with `python -m bot feeds add URL`."
    async with web_reader(settings) as reader:
        checker = FeedChecker(db, reader, settings.seeds_dir)
        checks = [await checker.check(feed) for feed in feeds]
    return "\n".join(_check_text(check) for check in checks)


def _check_text(check: FeedCheck) -> str:
    name = f"{check.title} ({check.url})" if check.title else check.url
    if check.error is not None:
        paused = " The feed has failed for a day: it is paused." if check.paused else ""
        return f"{name}: failed: {check.error}{paused}"
    if check.not_modified:
        return f"{name}: not changed since the last check"
    if not check.entries:
        return f"{name}: nothing new"
    counts = ", ".join(
        f"{check.count(outcome)} {outcome.value}" for outcome in Outcome if check.count(outcome)
    )
    lines = [f"{name}: {counts}"]
    for entry in check.entries:
        what = entry.file_name or entry.title
        note = f" ({entry.note})" if entry.note else ""
        lines.append(f"  {entry.outcome.value:<{_OUTCOME_WIDTH}}  {what}{note}")
    return "\n".join(lines)


@contextmanager
def _reasons() -> Iterator[None]:
    """An expected error (a bad link, an unknown feed) as the command's failure."""
    try:
        yield
    except ExpectedError as error:
        raise WebCommandError(str(error)) from error


def _answer_text(answer: Answer) -> str:
    return "\n\n".join(text_for(card) for card in cards_for(answer, TextStyle()))


def _require_seeds(settings: Settings) -> None:
    if not settings.seeds_dir.is_dir():
        raise SeedsFolderError(
            f"the seeds folder {settings.seeds_dir} does not exist or is not a folder"
        )
