"""Checking a feed against the fake outlet: each entry taken once, history silent, edits
updating their article without an alert, duplicates and failures remembered.

The articles written go through the real ingestion with the real alert hook, against a
database already seeded and a server subscribed to alerts, so "no alert" is checked on the
outbox the bot delivers from.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import random
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bot.config import Settings, load_settings
from bot.db.connection import Database
from bot.db.feeds import claim_entry, due_feeds, feed_list
from bot.feeds import checking, following
from bot.feeds.checking import FeedCheck, FeedChecker, Outcome
from bot.ingestion.pipeline import Outcome as Ingested
from bot.ingestion.seedfile import parse_seed
from bot.ingestion.service import ingest_seeds
from bot.web.reader import WebReader
from tests.alerts.helpers import outbox, subscribe
from tests.web import pages
from tests.web.outlet import Outlet

LIVE = "/feeds/live.rss"


@dataclasses.dataclass
class Desk:
    db: Database
    seeds: Path
    outlet: Outlet
    checker: FeedChecker
    settings: Settings

    async def follow(self, path: str = LIVE) -> None:
        await following.follow(self.db, self.checker.reader, self.outlet.url(path), 15)

    async def check(self) -> list[FeedCheck]:
        return [await self.checker.check(feed) for feed in await due_feeds(self.db, None)]

    async def ingest(self) -> dict[str, Ingested]:
        report = await ingest_seeds(self.db, self.settings)
        return {
            r.file_name: r.outcome for r in report.results if r.outcome is not Ingested.UNCHANGED
        }

    def files(self) -> set[str]:
        return {path.name for path in self.seeds.iterdir()}


@pytest.fixture
async def desk(db: Database, seeds_dir: Path, outlet: Outlet, reader: WebReader) -> Desk:
    settings = msgspec.structs.replace(load_settings({}, env_file=None), seeds_dir=seeds_dir)
    await ingest_seeds(db, settings)  # the knowledge base is seeded: new articles are news
    await subscribe(db, guild_id=1, channel_id=2)
    checker = FeedChecker(db, reader, seeds_dir, rng=random.Random(7))
    return Desk(db, seeds_dir, outlet, checker, settings)


def taken(check: FeedCheck, outcome: Outcome) -> list[str]:
    return [entry.file_name or "" for entry in check.entries if entry.outcome is outcome]


async def test_the_first_check_takes_the_history_silently_and_later_entries_alert(
    desk: Desk,
) -> None:
    desk.outlet.list_story("casting-call")
    await desk.follow()
    (first,) = await desk.check()
    (history,) = taken(first, Outcome.HISTORY)
    assert await desk.ingest() == {history: Ingested.NEW}
    assert await outbox(desk.db) == []  # history is not news

    desk.outlet.list_story("filming-begins")
    (second,) = await desk.check()
    (new,) = taken(second, Outcome.NEW)
    assert await desk.ingest() == {new: Ingested.NEW}
    assert [row["file_name"] for row in await outbox(desk.db)] == [new]


async def test_a_feed_checked_again_and_again_writes_each_entry_once(desk: Desk) -> None:
    desk.outlet.list_story("casting-call")
    await desk.follow()
    await desk.check()
    desk.outlet.list_story("filming-begins")
    await desk.check()
    before = desk.files()

    (unchanged,) = await desk.check()  # the same feed: asked conditionally, and 304
    assert unchanged.not_modified
    assert desk.outlet.seen[-1].headers.get("If-None-Match")
    desk.outlet.list_story("premiere-set")  # the feed changes: all of it is read again
    (third,) = await desk.check()
    assert [entry.outcome for entry in third.entries] == [Outcome.NEW]
    assert desk.files() - before == {third.entries[0].file_name}
    assert len(desk.files()) == len(before) + 1


async def test_the_written_file_holds_the_page_article_its_link_and_no_furniture(
    desk: Desk,
) -> None:
    desk.outlet.list_story("casting-call")
    await desk.follow()
    (check,) = await desk.check()
    (name,) = taken(check, Outcome.HISTORY)
    raw = (desk.seeds / name).read_bytes()
    article = parse_seed(raw).article
    story = desk.outlet.stories["casting-call"]
    assert article.title == story.headline  # sentence case, as the outlet wrote it
    assert article.url == desk.outlet.story_url("casting-call")
    assert article.date == dt.date(2025, 5, 5)
    assert article.paragraphs == story.paragraphs
    for piece in pages.FURNITURE:
        assert piece.casefold() not in raw.decode().casefold(), piece


async def test_an_edited_entry_updates_its_article_without_an_alert(desk: Desk) -> None:
    await desk.follow()
    await desk.check()  # an empty feed: its (empty) history is taken
    desk.outlet.list_story("premiere-set")
    (check,) = await desk.check()
    (name,) = taken(check, Outcome.NEW)
    await desk.ingest()
    alerts = await outbox(desk.db)

    story = desk.outlet.stories["premiere-set"]
    corrected = story.paragraphs[0].replace("14 March 2026", "21 March 2026")
    desk.outlet.stories["premiere-set"] = dataclasses.replace(
        story, paragraphs=(corrected, *story.paragraphs[1:])
    )
    desk.outlet.live[0] = dataclasses.replace(desk.outlet.live[0], summary=corrected)
    (edited,) = await desk.check()
    assert [(e.outcome, e.file_name) for e in edited.entries] == [(Outcome.UPDATED, name)]
    assert "21 March 2026" in (desk.seeds / name).read_text("utf-8")
    assert await desk.ingest() == {name: Ingested.CHANGED}
    assert await outbox(desk.db) == alerts  # no second alert

    (again,) = await desk.check()  # the edit is remembered: nothing more to do
    assert again.not_modified


async def test_an_entry_already_taken_by_link_or_content_is_not_taken_again(desk: Desk) -> None:
    desk.outlet.list_story("casting-call")
    await desk.follow()
    await desk.check()
    files = desk.files()
    desk.outlet.list_story("casting-call", guid="scoop-reposted")  # same link, another id
    desk.outlet.live.insert(  # another link, the same title and summary as the first entry
        0,
        dataclasses.replace(
            desk.outlet.live[-1],
            guid="scoop-copy",
            link=desk.outlet.story_url("filming-begins"),
        ),
    )
    (check,) = await desk.check()
    assert [entry.outcome for entry in check.entries] == [Outcome.SKIPPED, Outcome.SKIPPED]
    assert all("already taken" in entry.note for entry in check.entries)
    assert desk.files() == files


async def test_an_article_already_in_the_archive_is_not_taken_from_a_feed(desk: Desk) -> None:
    desk.outlet.list_story("casting-call")
    url = desk.outlet.story_url("casting-call")
    (desk.seeds / "operator.txt").write_text(
        f" date 2025-05-05 An operator's copy.\nurl: {url}?utm_source=rss\nThe same article.\n"
    )
    await desk.ingest()
    await desk.follow()
    (check,) = await desk.check()
    assert [(e.outcome, e.note) for e in check.entries] == [
        (Outcome.SKIPPED, "already in the archive")
    ]


async def test_an_entry_without_link_and_a_page_that_is_no_article_are_skipped_for_good(
    desk: Desk,
) -> None:
    await desk.follow()
    await desk.check()
    desk.outlet.live[:0] = [
        pages.FeedItem("teaser", "Something is coming", "", "Mon, 05 May 2025 08:00:00 GMT", "?"),
        pages.FeedItem(
            "front", "All the film news", desk.outlet.url("/film"), "Mon, 05 May 2025", "Hi"
        ),
    ]
    (check,) = await desk.check()
    notes = {entry.title: (entry.outcome, entry.note) for entry in check.entries}
    assert notes["Something is coming"] == (Outcome.SKIPPED, "it links to no article")
    assert notes["All the film news"][0] is Outcome.SKIPPED
    assert "does not look like a news article" in notes["All the film news"][1]
    desk.outlet.list_story("premiere-set")  # the feed changes; the skipped stay skipped
    (again,) = await desk.check()
    assert [entry.outcome for entry in again.entries] == [Outcome.NEW]


async def test_a_page_the_site_fails_to_serve_is_tried_again_then_taken(desk: Desk) -> None:
    await desk.follow()
    await desk.check()
    desk.outlet.list_story("filming-begins")
    desk.outlet.failing["/news/filming-begins"] = 503
    (failed,) = await desk.check()
    assert [entry.outcome for entry in failed.entries] == [Outcome.FAILED]
    assert "503" in failed.entries[0].note

    del desk.outlet.failing["/news/filming-begins"]
    (retried,) = await desk.check()  # the feed is read in full again, not "not modified"
    assert [entry.outcome for entry in retried.entries] == [Outcome.NEW]


async def test_a_feed_failing_for_a_day_is_paused_with_its_reason(desk: Desk) -> None:
    await desk.follow()
    desk.outlet.failing[LIVE] = 500
    start = dt.datetime.now(dt.UTC)
    for hours in (0, 12, 23):
        (check,) = await _checked_at(desk, start + dt.timedelta(hours=hours))
        assert check.error is not None and "500" in check.error and not check.paused
    (check,) = await _checked_at(desk, start + dt.timedelta(hours=24, minutes=1))
    assert check.paused
    (listed,) = await feed_list(desk.db)
    assert listed.paused and listed.next_check is None
    assert listed.last_error is not None and "500" in listed.last_error
    assert await due_feeds(desk.db, (start + dt.timedelta(days=30)).timestamp()) == []

    del desk.outlet.failing[LIVE]
    await desk.follow()  # following it again resumes it
    (resumed,) = await feed_list(desk.db)
    assert not resumed.paused and resumed.last_error is None


async def test_a_feed_that_works_again_forgets_its_failures(desk: Desk) -> None:
    await desk.follow()
    desk.outlet.failing[LIVE] = 503
    start = dt.datetime.now(dt.UTC)
    await _checked_at(desk, start)
    del desk.outlet.failing[LIVE]
    await _checked_at(desk, start + dt.timedelta(hours=20))
    desk.outlet.failing[LIVE] = 503
    (check,) = await _checked_at(desk, start + dt.timedelta(hours=30))
    assert not check.paused  # failing for 10 hours, not 30


async def _checked_at(desk: Desk, moment: dt.datetime) -> list[FeedCheck]:
    """Every feed checked as if it were ``moment``."""
    checker = FeedChecker(desk.db, desk.checker.reader, desk.seeds, clock=lambda: moment)
    return [await checker.check(feed) for feed in await due_feeds(desk.db, None)]


async def test_a_check_cancelled_while_an_entry_is_taken_still_writes_its_file(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    await desk.follow()
    await desk.check()
    desk.outlet.list_story("premiere-set")
    claimed, go_on = asyncio.Event(), asyncio.Event()

    async def claim_then_pause(*args: Any) -> int | None:
        entry_id = await claim_entry(*args)
        claimed.set()
        await go_on.wait()
        return entry_id

    monkeypatch.setattr(checking, "claim_entry", claim_then_pause)
    before = desk.files()
    (feed,) = await due_feeds(desk.db, None)
    check = asyncio.create_task(desk.checker.check(feed))
    await claimed.wait()
    check.cancel()  # the bot stops: the entry is claimed, its file not written yet
    with pytest.raises(asyncio.CancelledError):
        await check
    go_on.set()
    await desk.checker.settle()
    (written,) = desk.files() - before
    assert await desk.ingest() == {written: Ingested.NEW}
