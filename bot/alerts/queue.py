"""Queue news alerts from inside the write transaction that changes the knowledge.

The hook :func:`bot.ingestion` runs for each new article: what it adds to the knowledge
(:mod:`bot.alerts.news_diff`, against the snapshot read just before it is stored) becomes one
alert per subscribed server in the outbox, in the same transaction. A moderator approving a
fact the extractor held back gets the alert it would have posted, the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Final

from bot.alerts.news_diff import news_item
from bot.answers.alerts import ChangeKind
from bot.db.outbox import queue_alerts
from bot.db.snapshot import Known, known_before
from bot.facts import Article, ArticleFacts

NEWS: Final = frozenset(
    {
        ChangeKind.PREMIERE_ANNOUNCED,
        ChangeKind.PREMIERE_MOVED,
        ChangeKind.NEW_CAST,
        ChangeKind.RECAST,
        ChangeKind.NEW_CREW,
    }
)
"""What an approved fact alerts about: news, as a premiere date or a casting is (a quote
approved late is not)."""


def enqueue_article_alerts(
    writer: sqlite3.Connection, file_name: str, article: Article, facts: ArticleFacts
) -> None:
    """Queue one alert per subscribed server for a new article (a
    :data:`~bot.ingestion.pipeline.NewArticleHook`), comparing with what was known before."""
    queue_alerts(
        writer, file_name, news_item(file_name, article, facts, known_before(writer, facts))
    )


def enqueue_approval_alerts(
    writer: sqlite3.Connection,
    file_name: str,
    article: Article,
    approved: ArticleFacts,
    known: Known,
) -> bool:
    """Queue the alert a fact held back would have posted, if it is :data:`NEWS` compared with
    ``known`` (read before the approval was written); whether one was queued."""
    item = news_item(file_name, article, approved, known)
    changes = tuple(change for change in item.changes if change.kind in NEWS)
    if not changes:
        return False
    queue_alerts(writer, file_name, replace(item, changes=changes))
    return True
