"""The transactional outbox on a real SQLite file: alerts queued with the article, exactly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.alerts.queue import enqueue_article_alerts
from bot.answers.alerts import ChangeKind, NewsItem
from bot.db.alert_history import alert_status
from bot.db.connection import Database
from bot.db.outbox import fold_backlog, mark_sent
from bot.db.snapshot import KnowledgeChange
from bot.db.subscriptions import remove_routes
from bot.facts import Article, ArticleFacts
from bot.ingestion.pipeline import IngestReport, Outcome, ingest_folder
from tests.alerts.helpers import drop, outbox, subscribe


async def ingest(db: Database, seeds: Path) -> IngestReport:
    return await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)


async def test_the_first_seeding_of_an_empty_database_queues_no_alerts(
    db: Database, seeds_dir: Path
) -> None:
    await subscribe(db, 1, 10)
    report = await ingest(db, seeds_dir)
    assert report.totals()[Outcome.NEW] >= 2
    assert await outbox(db) == []


async def test_a_new_article_queues_one_alert_per_subscribed_server(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await subscribe(db, 2, 20, 200)
    drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    rows = await outbox(db)
    assert sorted(row["guild_id"] for row in rows) == [1, 2]
    item = NewsItem.from_json(rows[0]["payload"])
    assert item.file_name == "107_premiere-date.txt"
    assert item.lede.startswith("Mark your calendars")
    assert [c.kind for c in item.changes][:1] == [ChangeKind.PREMIERE_ANNOUNCED]
    assert item.changes[0].value == "2026-02-13"


async def test_whats_new_lists_a_moved_premiere_and_a_recast(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    for name in ("101_new-characters.txt", "107_premiere-date.txt"):
        drop(seeds_dir, name)
    await ingest(db, seeds_dir)
    drop(seeds_dir, "108_date-pushed.txt")
    drop(seeds_dir, "104_jonah-recast.txt")
    await ingest(db, seeds_dir)
    by_file = {
        item.file_name: item
        for item in (NewsItem.from_json(row["payload"]) for row in await outbox(db))
    }
    moved = by_file["108_date-pushed.txt"].changes[0]
    assert (moved.kind, moved.previous, moved.value) == (
        ChangeKind.PREMIERE_MOVED,
        "2026-02-13",
        "2026-02-27",
    )
    recast = next(c for c in by_file["104_jonah-recast.txt"].changes if c.kind is ChangeKind.RECAST)
    assert (recast.subject, recast.value, recast.previous) == (
        "Jonah Pryce",
        "Ezra Mensah-Cole",
        "Rory Calloway",
    )
    quotes = next(
        c for c in by_file["104_jonah-recast.txt"].changes if c.kind is ChangeKind.NEW_QUOTES
    )
    assert quotes.count >= 1 and quotes.value


async def test_an_edited_article_updates_its_facts_without_a_second_alert(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    path = drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    path.write_text(path.read_text("utf-8").replace("13 February 2026", "6 March 2026"), "utf-8")
    report = await ingest(db, seeds_dir)
    assert any(r.outcome is Outcome.CHANGED for r in report.results)
    assert len(await outbox(db)) == 1
    async with (
        db.reading() as conn,
        conn.execute("SELECT date FROM release_statements WHERE kind = 'premiere_date'") as cursor,
    ):
        assert [row[0] for row in await cursor.fetchall()] == ["2026-03-06"]


async def test_a_deleted_article_retracts_its_facts(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    path = drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    path.unlink()
    report = await ingest(db, seeds_dir)
    assert [r.outcome for r in report.results if r.file_name == path.name] == [Outcome.REMOVED]
    async with (
        db.reading() as conn,
        conn.execute(
            "SELECT count(*) FROM release_statements WHERE kind = 'premiere_date'"
        ) as cursor,
    ):
        assert (await cursor.fetchone())[0] == 0


async def test_an_article_is_never_stored_without_its_alerts(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    drop(seeds_dir, "107_premiere-date.txt")

    def crash(  # noqa: PLR0917 - the hook's signature
        conn: sqlite3.Connection,
        name: str,
        key: str,
        a: Article,
        f: ArticleFacts,
        c: KnowledgeChange,
    ) -> None:
        enqueue_article_alerts(conn, name, key, a, f, c)
        raise RuntimeError("killed between storing the article and committing its alert")

    with pytest.raises(RuntimeError):
        await ingest_folder(db, seeds_dir, on_new_article=crash)
    assert await outbox(db) == []
    await ingest(db, seeds_dir)  # the next pass does both
    assert len(await outbox(db)) == 1


async def test_more_than_three_piled_up_alerts_become_one_digest(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await subscribe(db, 2, 20)
    for name in ("101_new-characters.txt", "102_filming-begins.txt", "103_mod-update.txt"):
        drop(seeds_dir, name)
    await ingest(db, seeds_dir)
    first_for_2 = next(row for row in await outbox(db) if row["guild_id"] == 2)
    await mark_sent(db, first_for_2["id"], 20, 555)  # server 2 already got one of them
    drop(seeds_dir, "104_jonah-recast.txt")
    await ingest(db, seeds_dir)
    assert await fold_backlog(db) == 1
    rows = await outbox(db)
    digest = next(row for row in rows if row["kind"] == "digest")
    assert digest["guild_id"] == 1
    assert len(json.loads(digest["payload"])["items"]) == 4
    assert {row["status"] for row in rows if row["guild_id"] == 1 and row["kind"] == "article"} == {
        "digested"
    }
    assert [row["status"] for row in rows if row["guild_id"] == 2].count("sent") == 1


async def test_turning_alerts_off_cancels_what_was_waiting(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    assert await remove_routes(db, 1) == (1, 0)
    assert [row["status"] for row in await outbox(db)] == ["cancelled"]
    status = await alert_status(db, 1)
    assert status.server is None and status.pending == 0
