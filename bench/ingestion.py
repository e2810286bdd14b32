"""Ingestion: a full seed of an empty database, re-seeds (nothing changed, one file changed),
the database's size per article, and what the extractor alone costs an article (the part of a
seed no pipeline can avoid: a full seed on N cores is at most N / that many articles a
second)."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

from bench.stats import now
from bot.alerts.queue import enqueue_article_alerts
from bot.db.connection import open_database
from bot.ingestion.pipeline import Outcome, ingest_folder
from bot.ingestion.prepare import extract
from bot.ingestion.seedfile import parse_seed


async def measure_ingestion(
    seeds: Path, db_path: Path, *, extraction_sample: int
) -> dict[str, Any]:
    """Seed ``db_path`` (which must not exist) from ``seeds`` as ``python -m bot seed`` does;
    the extractor's own cost timed over ``extraction_sample`` articles."""
    async with open_database(db_path) as db:
        start = now()
        report = await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)
        full = now() - start
        totals = report.totals()
        new = totals[Outcome.NEW]
        if new == 0 or totals[Outcome.REJECTED]:
            raise RuntimeError(f"the benchmark corpus did not seed cleanly: {dict(totals)}")

        start = now()
        report = await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)
        unchanged = now() - start
        assert not report.changed_anything

        # From the folder's listing: a re-seed reads a file again when its stamp looks newer
        # than its row's, and then reports it among the results, not by name alone.
        names = await asyncio.to_thread(lambda: sorted(p.name for p in seeds.glob("*.txt")))
        changed_file = seeds / names[len(names) // 2]
        text = await asyncio.to_thread(changed_file.read_text, "utf-8")
        await asyncio.to_thread(
            changed_file.write_text, text + "An update was added to this story later.\n", "utf-8"
        )
        start = now()
        report = await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)
        one_changed = now() - start
        assert report.totals()[Outcome.CHANGED] == 1, report.totals()
        # As generated again: later figures see the same corpus.
        await asyncio.to_thread(changed_file.write_text, text, "utf-8")
        await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)
    db_bytes = sum(path.stat().st_size for path in db_path.parent.glob(db_path.name + "*"))
    extraction_ms = await asyncio.to_thread(extraction_ms_per_article, seeds, extraction_sample)
    cores = os.cpu_count() or 1
    return {
        "articles": new,
        "files_scanned": report.files,
        "full_seconds": round(full, 3),
        "articles_per_second": round(new / full, 1),
        "reseed_unchanged_seconds": round(unchanged, 3),
        "reseed_one_changed_seconds": round(one_changed, 3),
        "db_bytes": db_bytes,
        "db_bytes_per_article": round(db_bytes / new),
        "extraction_ms_per_article": round(extraction_ms, 3),
        "extraction_bound_articles_per_second": round(cores * 1000 / extraction_ms, 1),
    }


def extraction_ms_per_article(seeds: Path, sample: int) -> float:
    """CPU milliseconds the extractor alone spends on an article (its text parsed first, not
    timed), over the first ``sample`` files of ``seeds``, in this process, once warm.

    The extractor compiles each pattern the first time an article needs it (about 5 s of CPU
    for all of them, once a process), so an untimed pass over the same articles comes first:
    the figure is the steady cost a long seed pays per article.
    """
    files = sorted(seeds.glob("*.txt"))[:sample]
    articles = [parse_seed(path.read_bytes()).article for path in files]
    for article in articles:
        extract(article)
    start = time.process_time()
    for article in articles:
        extract(article)
    return 1000 * (time.process_time() - start) / len(articles)
