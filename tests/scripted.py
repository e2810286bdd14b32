"""Articles whose facts a test chooses: the extractor replaced by a script, keyed by lede.

For tests that pin what the knowledge base and the alerts do with given facts, whatever the
extraction rules are. Each call writes one real seed file per article (dated a day apart, in
order, after every earlier call's) and ingests the folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Mapping
from pathlib import Path
from typing import Protocol

import pytest

import bot.ingestion.prepare
from bot.db.connection import Database
from bot.facts import ArticleFacts
from bot.ingestion.pipeline import IngestReport, KeptLedger, NewArticleHook, ingest_folder


class Ingest(Protocol):
    """Ingests one new article per entry (its lede) with those facts; with ``kept``, keeping
    the ledger from one ingest to the next as the running bot does."""

    def __call__(
        self, articles: Mapping[str, ArticleFacts], kept: KeptLedger | None = None
    ) -> Awaitable[IngestReport]: ...


def scripted_ingest(
    db: Database,
    seeds: Path,
    monkeypatch: pytest.MonkeyPatch,
    on_new_article: NewArticleHook | None = None,
) -> Ingest:
    facts_by_lede: dict[str, ArticleFacts] = {}
    monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", lambda a: facts_by_lede[a.lede])
    seeds.mkdir(exist_ok=True)

    async def ingest(
        articles: Mapping[str, ArticleFacts], kept: KeptLedger | None = None
    ) -> IngestReport:
        for lede, facts in articles.items():
            facts_by_lede[lede] = facts
            number = len(facts_by_lede)
            date = dt.date(2025, 1, 1) + dt.timedelta(days=number)
            (seeds / f"{number:03}.txt").write_text(f" date {date} {lede}\nBody.\n", "utf-8")
        return await ingest_folder(db, seeds, on_new_article=on_new_article, kept=kept)

    return ingest
