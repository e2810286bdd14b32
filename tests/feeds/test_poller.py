"""The poller checks the feeds that are due, one by one; a bug costs one feed's check only.

The task itself (started with the bot, woken by ``/news follow``) runs in
tests/e2e/test_news_from_links.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from yarl import URL

from bot.db.connection import Database
from bot.db.feeds import FeedState, due_feeds, feed_list
from bot.feeds import following
from bot.feeds.checking import FeedCheck, FeedChecker
from bot.feeds.poller import CHECK_FAILED, FeedPoller
from bot.web.reader import WebReader
from tests.web.outlet import Outlet

FEEDS = ("/feeds/live.rss", "/feeds/live.rss?edition=uk")
"""Two feeds to the outlet (another query, another feed), whose entries link to it alone."""


class BrokenOn(FeedChecker):
    """A checker with a bug that shows on one feed."""

    broken = ""

    async def check(self, feed: FeedState) -> FeedCheck:
        if feed.url == self.broken:
            raise RuntimeError("a bug")
        return await super().check(feed)


@pytest.fixture
async def checker(db: Database, seeds_dir: Path, reader: WebReader, outlet: Outlet) -> BrokenOn:
    for path in FEEDS:
        await following.follow(db, reader, str(outlet.base.join(URL(path))), 15)
    return BrokenOn(db, reader, seeds_dir)


async def test_the_due_feeds_are_checked_then_wait_their_interval(
    db: Database, checker: BrokenOn
) -> None:
    poller = FeedPoller(db, checker)
    checks = await poller.check_due()
    assert sorted(check.url for check in checks) == sorted(f.url for f in await feed_list(db))
    assert await poller.check_due() == []  # not due again for about 15 minutes
    later = time.time() + 15 * 60 * 1.1
    assert len(await due_feeds(db, later)) == 2


async def test_a_bug_checking_one_feed_is_logged_and_recorded_and_the_others_are_checked(
    db: Database, checker: BrokenOn, outlet: Outlet, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = (f.url for f in await feed_list(db))
    checker.broken = first
    checks = await FeedPoller(db, checker).check_due()
    assert [check.url for check in checks] == [second]
    broken = next(f for f in await feed_list(db) if f.url == checker.broken)
    assert broken.last_error == CHECK_FAILED and not broken.paused
    assert "checking the feed" in caplog.text and "a bug" in caplog.text
