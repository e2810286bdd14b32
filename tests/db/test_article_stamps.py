"""The reads every ingest makes of the stored articles go through an index, never over the
articles' text: the stamps of every file (what a re-seed compares), and the articles with a
given content (asked for every new file, to tell a renamed file from a new one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bot.db.articles import file_stamps
from bot.db.connection import Database
from bot.db.contents import stored_with_content
from bot.ingestion.pipeline import ingest_folder


def _plans(writer: sqlite3.Connection, read: Callable[[sqlite3.Connection], object]) -> list[str]:
    """How SQLite runs each statement ``read`` issues (EXPLAIN QUERY PLAN, one line each)."""
    issued: list[str] = []
    writer.set_trace_callback(issued.append)
    try:
        read(writer)
    finally:
        writer.set_trace_callback(None)
    assert issued, "the read issued no statement"
    plans = []
    for sql in issued:
        params = sql.count("?")
        rows = writer.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",) * params).fetchall()
        plans.append(" / ".join(str(row[3]) for row in rows))
    return plans


async def test_reading_every_stamp_scans_an_index_not_the_articles(
    db: Database, corpus_dir: Path
) -> None:
    await ingest_folder(db, corpus_dir)
    plans = await db.read_in_bulk(lambda writer: _plans(writer, file_stamps))
    assert plans == ["SCAN articles USING COVERING INDEX articles_by_content"]
    stamps = await db.read_in_bulk(file_stamps)
    assert len(stamps) == len(list(corpus_dir.glob("*.txt")))


async def test_finding_the_articles_with_a_content_is_an_index_search(
    db: Database, corpus_dir: Path
) -> None:
    await ingest_folder(db, corpus_dir)
    stamp = next(iter((await db.read_in_bulk(file_stamps)).values()))

    def read(writer: sqlite3.Connection) -> None:
        assert stored_with_content(writer, stamp.content_hash)

    plans = await db.read_in_bulk(lambda writer: _plans(writer, read))
    assert len(plans) == 1
    assert "SEARCH articles USING COVERING INDEX articles_by_content" in plans[0]
