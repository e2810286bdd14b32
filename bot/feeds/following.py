"""What ``/news follow``, ``/news feeds`` and ``/news unfollow`` do (and ``python -m bot feeds``).

Each returns its answer (:mod:`bot.answers.web`) or raises an expected error
(:mod:`bot.answers.errors`). Who may call them is the caller's to check: on Discord,
moderators of the servers in ``NEWS_EDITOR_GUILD_IDS``; on the command line, the operator.
"""

from __future__ import annotations

import datetime as dt
import time

from bot.answers.errors import ECHO, InvalidInput, NotFoundError
from bot.answers.web import FeedFollowed, FeedList, FeedUnfollowed
from bot.config import FEED_INTERVAL_MINUTES_RANGE
from bot.db.connection import Database
from bot.db.feeds import feed_list, follow_feed, unfollow_feed
from bot.moderation.links import link_error
from bot.web.errors import WebError
from bot.web.links import normal_link
from bot.web.reader import WebReader


async def follow(
    db: Database,
    reader: WebReader,
    url: str,
    every_minutes: int,
    *,
    guild_id: int | None = None,
    user_id: int | None = None,
) -> FeedFollowed:
    """Follow the RSS or Atom feed at ``url``, checked every ``every_minutes``.

    The feed is read once first, so that a link that is no feed is refused now, with its
    reason; its first check (due at once) takes its entries as history, without alerts.
    Following a feed again updates its interval and resumes it if it was paused.
    """
    low, high = FEED_INTERVAL_MINUTES_RANGE
    if not low <= every_minutes <= high:
        raise InvalidInput(
            f"A feed is checked every {low} to {high} minutes.", title="Can't follow that"
        )
    try:
        read = await reader.feed(url)
    except WebError as error:
        raise link_error(error) from error
    assert read.feed is not None  # asked without validators: never "not modified"
    address = normal_link(read.url)
    again = await follow_feed(
        db,
        address,
        title=read.feed.title,
        every_minutes=every_minutes,
        guild_id=guild_id,
        user_id=user_id,
        now=time.time(),
    )
    return FeedFollowed(address, read.feed.title, every_minutes, len(read.feed.entries), again)


async def unfollow(db: Database, feed: str) -> FeedUnfollowed:
    """Stop following a feed (by its address or title); its articles stay in the archive."""
    gone = await unfollow_feed(db, feed.strip())
    if gone is None:
        gone = await unfollow_feed(db, normal_link(feed))
    if gone is None:
        raise NotFoundError(f"No feed followed is “{ECHO}”.", echo=feed)
    return FeedUnfollowed(*gone)


async def feeds(db: Database) -> FeedList:
    """Every feed followed, with its last and next check, articles taken and last error."""
    return FeedList(tuple(await feed_list(db)), dt.datetime.now(dt.UTC))
