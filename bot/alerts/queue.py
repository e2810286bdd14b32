"""Queue a new article's alerts, from inside the ingest transaction that stores it.

The hook :func:`bot.ingestion` runs for each new article: what it adds to the knowledge
(:mod:`bot.alerts.news_diff`, against the snapshot read just before it is stored) is kept
(for ``/alerts test``) and becomes one alert per route that wants it
(:mod:`bot.alerts.routing`), in the outbox, in the same transaction.
"""

from __future__ import annotations

import sqlite3

from bot.alerts.news_diff import news_item
from bot.alerts.routing import routes_wanting
from bot.db.alert_history import record_news_item
from bot.db.outbox import queue_alerts
from bot.db.snapshot import known_before
from bot.db.subscriptions import every_route
from bot.facts import Article, ArticleFacts


def enqueue_article_alerts(
    writer: sqlite3.Connection, file_name: str, article: Article, facts: ArticleFacts
) -> None:
    """Queue one alert per route that wants a new article (a
    :data:`~bot.ingestion.pipeline.NewArticleHook`), comparing with what was known before."""
    item = news_item(file_name, article, facts, known_before(writer, facts))
    record_news_item(writer, item)
    queue_alerts(writer, file_name, item, routes_wanting(every_route(writer), item, article.text))
