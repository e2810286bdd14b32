"""Ingestion: a full seed of an empty database, re-seeds (nothing changed, one file changed),
and the database's size per article."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bench.stats import now
from bot.alerts.queue import enqueue_article_alerts
from bot.db.connection import open_database
from bot.ingestion.pipeline import Outcome, ingest_folder


async def measure_ingestion(seeds: Path, db_path: Path) -> dict[str, Any]:
    """Seed ``db_path`` (which must not exist) from ``seeds`` as ``python -m bot seed`` does."""
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

        changed_file = seeds / report.results[len(report.results) // 2].file_name
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
    return {
        "articles": new,
        "files_scanned": len(report.results),
        "full_seconds": round(full, 3),
        "articles_per_second": round(new / full, 1),
        "reseed_unchanged_seconds": round(unchanged, 3),
        "reseed_one_changed_seconds": round(one_changed, 3),
        "db_bytes": db_bytes,
        "db_bytes_per_article": round(db_bytes / new),
    }
