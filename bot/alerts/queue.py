"""Queue news alerts from inside the write transaction that changes the knowledge.

The hook :mod:`bot.ingestion` runs for each new article, just after storing it: what it
changed in the reconciled knowledge (:mod:`bot.alerts.news_diff`) is kept (for ``/alerts test``)
and becomes one alert per route that wants it (:mod:`bot.alerts.routing`), in the outbox, in the
same transaction. :class:`IngestAlerts` holds an ingest's alerts until the ingest ends, then
releases them: a burst becomes one digest per route instead of a flood of posts and pings. A
moderator approving a fact the extractor held back gets the alert it would have posted, the same
way.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import time

from msgspec.structs import replace

from bot.alerts.news_diff import news_item
from bot.alerts.routing import routes_wanting
from bot.answers.alerts import ChangeKind
from bot.db.alert_history import record_news_item
from bot.db.connection import Database, is_locked_error
from bot.db.outbox import BURST, CATCH_UP, queue_alerts, release_ingest
from bot.db.snapshot import KnowledgeChange
from bot.db.subscriptions import every_route
from bot.facts import Article, ArticleFacts

log = logging.getLogger(__name__)

HOLD_SECONDS = 600.0
"""How long an ingest's alerts wait for it to end. An ingest that dies (``kill -9`` of a
``seed`` beside the running bot) leaves them held this long; a bot that starts takes them at
once."""


def enqueue_article_alerts(  # noqa: PLR0917 - the hook's signature
    writer: sqlite3.Connection,
    file_name: str,
    content_hash: str,
    article: Article,
    facts: ArticleFacts,
    change: KnowledgeChange,
    *,
    due_at: float | None = None,
    ingest_id: str | None = None,
) -> None:
    """Queue one alert per route that wants a new article (a
    :data:`~bot.ingestion.pipeline.NewArticleHook`), saying what it changed.

    Due at once, or at ``due_at`` (unix seconds) for an ingest (``ingest_id``) holding it.
    """
    item = news_item(file_name, article, change)
    record_news_item(writer, item)
    routes = routes_wanting(every_route(writer), item, article.text)
    queue_alerts(writer, content_hash, item, routes, due_at=due_at, ingest_id=ingest_id)


class IngestAlerts:
    """The alerts of one ingest (a :data:`~bot.ingestion.pipeline.NewArticleHook`): queued
    with their articles but held, then released by :meth:`release` when the ingest ends."""

    def __init__(self, *, while_away: bool = False, hold_seconds: float = HOLD_SECONDS) -> None:
        """``while_away``: the articles arrived while the bot was not running (its start-up
        ingest), so a digest of them is a catch-up."""
        self.ingest_id = secrets.token_hex(8)
        self._reason = CATCH_UP if while_away else BURST
        self._hold_until = time.time() + hold_seconds
        self.queued = 0
        """Articles queued (counted in the writer's thread; read once the ingest is over)."""

    def __call__(  # noqa: PLR0917 - the hook's signature
        self,
        writer: sqlite3.Connection,
        file_name: str,
        content_hash: str,
        article: Article,
        facts: ArticleFacts,
        change: KnowledgeChange,
    ) -> None:
        enqueue_article_alerts(
            writer,
            file_name,
            content_hash,
            article,
            facts,
            change,
            due_at=self._hold_until,
            ingest_id=self.ingest_id,
        )
        self.queued += 1

    async def release(self, db: Database) -> None:
        """Make the held alerts due; more than a few for one route become one digest.

        A database that refuses (locked, full) is logged, not raised: the articles are
        stored, and their alerts go out when the hold ends.
        """
        if not self.queued:
            return
        try:
            digests = await release_ingest(db, self.ingest_id, self._reason)
        except sqlite3.Error as error:
            why = "locked by another program" if is_locked_error(error) else str(error)
            log.warning(
                "could not release the new articles' alerts now (%s); they go out within %.0f s",
                why,
                max(0.0, self._hold_until - time.time()),
            )
            return
        if digests:
            log.info("a burst of new articles: %d digests instead of single alerts", digests)


def enqueue_approval_alerts(  # noqa: PLR0917 - one approval's parts
    writer: sqlite3.Connection,
    file_name: str,
    content_hash: str,
    article: Article,
    change: KnowledgeChange,
    fact: str,
) -> bool:
    """Queue the alert a fact held back would have posted, now that a moderator approved it
    (``change``: what the approval changed in the reconciled knowledge), if that is news (a
    quote approved late is not); whether one was queued. An approved fact alerts once."""
    item = news_item(file_name, article, change)
    news = tuple(c for c in item.changes if c.kind is not ChangeKind.NEW_QUOTES)
    if not news:
        return False
    item = replace(item, changes=news)
    routes = routes_wanting(every_route(writer), item, article.text)
    queue_alerts(writer, f"{content_hash}#{fact}", item, routes)
    return True
