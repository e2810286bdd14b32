"""Queue a new article's alerts, from inside the ingest transaction that stores it.

The hook :func:`bot.ingestion` runs for each new article, just after storing it: what it
changed in the reconciled knowledge (:mod:`bot.alerts.news_diff`) becomes one alert per
subscribed server in the outbox, in the same transaction.
"""

from __future__ import annotations

import sqlite3

from bot.alerts.news_diff import news_item
from bot.db.outbox import queue_alerts
from bot.db.snapshot import KnowledgeChange
from bot.facts import Article, ArticleFacts


def enqueue_article_alerts(
    writer: sqlite3.Connection,
    file_name: str,
    article: Article,
    facts: ArticleFacts,
    change: KnowledgeChange,
) -> None:
    """Queue one alert per subscribed server for a new article (a
    :data:`~bot.ingestion.pipeline.NewArticleHook`), saying what it changed."""
    queue_alerts(writer, file_name, news_item(file_name, article, change))
