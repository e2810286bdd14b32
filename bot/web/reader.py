"""Links to articles and feeds: the bot's one ``Fetcher`` plus the reading, bounded.

``WebReader`` fetches with the ``Fetcher`` it is given (owned by whoever opened it:
``python -m bot run`` opens one for the bot's whole life) and reads what arrives in worker
threads, at most ``max_reading`` at once: trafilatura and feedparser are CPU-bound, and a
burst of links or a feed with fifty entries must not take every core from the bot.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import msgspec

from bot.config import Settings
from bot.web.fetch import Fetcher, FetchPolicy, Validators, user_agent

if TYPE_CHECKING:
    from bot.web.feeds import Feed
    from bot.web.page import Article

MAX_READING = 2
"""Pages or feeds read (parsed) at the same time, each in its own thread."""
CONNECT_TIMEOUT_SECONDS = 10.0


def fetch_policy(settings: Settings) -> FetchPolicy:
    """The operator's limits (``FETCH_*`` settings) as a ``FetchPolicy``."""
    return FetchPolicy(
        allow_private=settings.fetch_allow_private,
        max_bytes=settings.fetch_max_bytes,
        connect_timeout=min(CONNECT_TIMEOUT_SECONDS, settings.fetch_timeout_seconds),
        total_timeout=settings.fetch_timeout_seconds,
        user_agent=user_agent(settings.fetch_contact_url),
    )


class FeedRead(msgspec.Struct, frozen=True):
    """A feed as fetched: ``feed`` is None when it has not changed since ``validators`` were
    sent (HTTP 304). ``url`` is the final URL; ``validators`` go with the next request."""

    url: str
    feed: Feed | None
    validators: Validators


class WebReader:
    """Reads articles and feeds from links. Errors are ``bot.web.errors.WebError``."""

    def __init__(self, fetcher: Fetcher, *, max_reading: int = MAX_READING) -> None:
        self.fetcher = fetcher
        self._reading = asyncio.Semaphore(max_reading)

    async def article(self, url: str) -> Article:
        """The news article at ``url`` (its final URL after redirects in ``Article.url``).

        Raises ``WebError``: any of ``Fetcher.fetch``'s reasons, NOT_ARTICLE or PAYWALL.
        """
        # Reading pages and feeds is imported on the first one (html and its parsers, the
        # patterns): a bot that is never given a link or a feed does not hold it.
        from bot.web.page import read_article  # noqa: PLC0415

        fetched = await self.fetcher.fetch_page(url)
        async with self._reading:
            return await read_article(fetched.body, fetched.url, charset=fetched.charset)

    async def feed(self, url: str, validators: Validators | None = None) -> FeedRead:
        """The RSS or Atom feed at ``url``, asked conditionally when ``validators`` are given.

        Raises ``WebError``: any of ``Fetcher.fetch``'s reasons, or NOT_A_FEED.
        """
        from bot.web.feeds import parse_feed  # noqa: PLC0415 - as ``article``: on first use

        fetched = await self.fetcher.fetch_feed(url, validators)
        if fetched.not_modified:
            return FeedRead(fetched.url, None, fetched.validators)
        content_type = fetched.media_type + (
            f"; charset={fetched.charset}" if fetched.charset else ""
        )
        async with self._reading:
            feed = await asyncio.to_thread(parse_feed, fetched.body, fetched.url, content_type)
        return FeedRead(fetched.url, feed, fetched.validators)
