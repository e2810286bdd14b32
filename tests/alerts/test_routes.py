"""Routes on a real SQLite file: who gets which alert, pauses, resends, retractions."""

from __future__ import annotations

import json
from pathlib import Path

from bot.alerts.queue import enqueue_article_alerts
from bot.answers.alerts import AlertKind, ChangeKind, NewsItem, RouteChange
from bot.db.alert_history import (
    alert_status,
    article_alert,
    edits_due,
    mark_edited,
    resend_failed,
)
from bot.db.connection import Database
from bot.db.newsdesk import forget_desk_article, record_desk_article
from bot.db.outbox import (
    claim_due,
    fold_backlog,
    mark_failed,
    mark_sent,
    resume_expired,
    resume_server,
)
from bot.db.subscriptions import pause_server, remove_routes, save_route, server_alerts
from bot.ingestion.pipeline import ingest_folder
from tests.alerts.helpers import (
    CASTING,
    PREMIERE_ANNOUNCED,
    PREMIERE_MOVED,
    drop,
    outbox,
    subscribe,
)

DATES = frozenset({AlertKind.DATES})


async def ingest(db: Database, seeds: Path) -> None:
    await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts)


async def routes_of(db: Database) -> list[tuple[int, int | None, str]]:
    return [(row["guild_id"], row["channel_id"], row["file_name"]) for row in await outbox(db)]


async def test_each_route_gets_the_articles_its_filter_takes(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10, kinds=DATES)
    await subscribe(db, 1, 11)
    await subscribe(db, 2, 20, keywords=("Lisowski",))
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    (seeds_dir / "cast.txt").write_text(CASTING, "utf-8")
    await ingest(db, seeds_dir)
    assert sorted(await routes_of(db)) == [
        (1, 10, "date.txt"),
        (1, 11, "cast.txt"),
        (1, 11, "date.txt"),
        (2, 20, "cast.txt"),
    ]


async def test_set_again_keeps_the_role_and_ping_off_removes_it(db: Database) -> None:
    await subscribe(db, 1, 10, 500, kinds=DATES)
    saved = await save_route(db, RouteChange(1, 10, keywords=("Tao",)), user_id=2)
    assert saved is not None
    route, created = saved
    assert not created and (route.role_id, route.kinds, route.keywords) == (500, DATES, ("Tao",))
    cleared = await save_route(db, RouteChange(1, 10, clear_role=True), user_id=2)
    assert cleared is not None and cleared[0].role_id is None and cleared[0].kinds == DATES


async def test_turning_one_route_off_cancels_its_alerts_only(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await subscribe(db, 1, 11)
    drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    assert await remove_routes(db, 1, 10) == (1, 1)
    statuses = {(row["channel_id"], row["status"]) for row in await outbox(db)}
    assert statuses == {(10, "cancelled"), (11, "pending")}
    assert await server_alerts(db, 1) is not None
    assert await remove_routes(db, 1, 11) == (1, 0)
    assert await server_alerts(db, 1) is None  # no route left: alerts are off


async def test_a_paused_server_keeps_its_alerts_and_resuming_folds_them_per_route(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await subscribe(db, 1, 11, kinds=DATES)
    await subscribe(db, 2, 20)
    paused = await pause_server(db, 1, user_id=3, hours=None)
    assert paused is not None and paused.pause is not None and paused.pause.until is None
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    (seeds_dir / "cast.txt").write_text(CASTING, "utf-8")
    await ingest(db, seeds_dir)
    claimed = await claim_due(db, lease_seconds=60)
    assert {row.guild_id for row in claimed} == {2}  # server 1's alerts wait
    assert await fold_backlog(db, threshold=0) == 0  # and are not folded at start-up
    assert await resume_server(db, 1) == (True, 1)  # two waited in #10: one digest
    rows = await claim_due(db, lease_seconds=60)
    assert sorted((row.channel_id, row.kind) for row in rows) == [(10, "digest"), (11, "article")]
    digest = next(row for row in rows if row.kind == "digest")
    assert sorted(item.file_name for item in digest.items()) == ["cast.txt", "date.txt"]
    assert await resume_server(db, 1) == (False, 0)


async def test_a_timed_pause_ends_by_itself(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await pause_server(db, 1, user_id=3, hours=0)  # over as soon as it starts
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    (seeds_dir / "moved.txt").write_text(PREMIERE_MOVED, "utf-8")
    await ingest(db, seeds_dir)
    assert await resume_expired(db) == 1
    server = await server_alerts(db, 1)
    assert server is not None and server.pause is None
    (digest,) = await claim_due(db, lease_seconds=60)
    assert digest.kind == "digest" and len(digest.items()) == 2


async def test_a_failed_alert_is_resent_once(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    drop(seeds_dir, "107_premiere-date.txt")
    await ingest(db, seeds_dir)
    (row,) = await claim_due(db, lease_seconds=60)
    await mark_failed(db, row.id, "I need the Send Messages permission in <#10>", 10)
    (failed,) = (await alert_status(db, 1)).failed
    assert failed.channel_id == 10 and failed.error is not None and "Send Messages" in failed.error
    assert not await resend_failed(db, 2, row.id)  # another server's alert: never
    assert await resend_failed(db, 1, row.id)
    assert not await resend_failed(db, 1, row.id)
    (again,) = await claim_due(db, lease_seconds=60)
    assert again.id == row.id
    assert (await alert_status(db, 1)).failed == ()


async def test_a_retracted_article_cancels_its_waiting_alerts_and_marks_its_messages(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    for channel in (10, 11, 12):
        await subscribe(db, 1, channel)
    await record_desk_article(db, "cast.txt", "Orla Halvorsen Joins The Cast", 1, 3)
    (seeds_dir / "cast.txt").write_text(CASTING, "utf-8")
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    await ingest(db, seeds_dir)
    rows = {(row.channel_id, row.items()[0].file_name): row for row in await claim_due(db, 60)}
    await mark_sent(db, rows[10, "cast.txt"].id, 10, 1000)  # posted alone
    await mark_failed(db, rows[11, "cast.txt"].id, "refused", 11)
    await forget_desk_article(db, "cast.txt")  # #12's alert is still waiting
    statuses = {(row["channel_id"], row["file_name"]): row["status"] for row in await outbox(db)}
    assert statuses[11, "cast.txt"] == statuses[12, "cast.txt"] == "cancelled"
    assert statuses[10, "cast.txt"] == "sent" and statuses[12, "date.txt"] == "pending"
    (edit,) = await edits_due(db)
    assert (edit.message_id, edit.retracted) == (1000, frozenset({"cast.txt"}))
    await mark_edited(db, edit.id)
    assert await edits_due(db) == []


async def test_a_digest_that_lists_a_retracted_article_is_marked_for_an_edit(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    await record_desk_article(db, "cast.txt", "Orla Halvorsen Joins The Cast", 1, 3)
    (seeds_dir / "cast.txt").write_text(CASTING, "utf-8")
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    await ingest(db, seeds_dir)
    assert await fold_backlog(db, threshold=1) == 1
    (digest,) = await claim_due(db, 60)
    await mark_sent(db, digest.id, 10, 2000)
    await forget_desk_article(db, "cast.txt")
    (edit,) = await edits_due(db)
    assert (edit.id, edit.kind, edit.retracted) == (digest.id, "digest", frozenset({"cast.txt"}))
    await mark_edited(db, edit.id, retry_in=3600)  # Discord was down: later
    assert await edits_due(db) == []


async def test_an_articles_alert_is_kept_as_it_was_for_alerts_test(
    db: Database, seeds_dir: Path
) -> None:
    await ingest(db, seeds_dir)  # the first seeding: history, no "What's new"
    (seeds_dir / "date.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    await ingest(db, seeds_dir)  # no server subscribed: the alert is kept all the same
    (seeds_dir / "moved.txt").write_text(PREMIERE_MOVED, "utf-8")
    await ingest(db, seeds_dir)
    found = await article_alert(db, "date.txt")
    assert found is not None
    item, text = found
    assert [change.kind for change in item.changes] == [ChangeKind.PREMIERE_ANNOUNCED]
    assert "13 February 2032" in text
    newest = await article_alert(db, None)
    assert newest is not None and newest[0].file_name == "moved.txt"
    history = await article_alert(db, "000_f65b949458870bbc.txt")
    assert history is not None and history[0].changes == () and history[0].title
    assert await article_alert(db, "missing.txt") is None


async def test_an_alert_remembers_the_articles_web_address(db: Database, seeds_dir: Path) -> None:
    await ingest(db, seeds_dir)
    await subscribe(db, 1, 10)
    text = CASTING + "Source: https://news.example/orla-joins\n"
    (seeds_dir / "cast.txt").write_text(text, "utf-8")
    (seeds_dir / "bad.txt").write_text(CASTING + "Source: javascript:alert(1)\n", "utf-8")
    await ingest(db, seeds_dir)
    urls = {row["file_name"]: json.loads(row["payload"]).get("url") for row in await outbox(db)}
    assert urls == {"cast.txt": "https://news.example/orla-joins", "bad.txt": None}
    item = NewsItem.from_json(next(row["payload"] for row in await outbox(db)))
    assert NewsItem.from_json(item.to_json()) == item
