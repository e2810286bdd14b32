"""RSS and Atom feeds to plain entries with a stable identity: pure functions over bytes.

feedparser does the parsing (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0, broken feeds, odd dates
and encodings). It is given the bytes in a stream, never a string, because a string may make it
open a URL or a local file. It is imported on the first call only.

An entry's ``identity`` is what says "the same entry" from one poll to the next: its ``id``
(Atom ``<id>``, RSS ``<guid>``), else its link, else a hash of its title and summary. Its
``content_hash`` changes when its title or summary is edited, and is the same for two entries
with the same words, whatever their ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import time
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import msgspec

from bot.web.errors import Reason, WebError

MAX_SUMMARY_CHARS = 2000
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr"})


class FeedEntry(msgspec.Struct, frozen=True):
    """One entry of a feed.

    ``identity`` is ``"id:<id>"``, ``"link:<url>"`` or ``"hash:<hex>"`` (see the module);
    ``link`` is an absolute http(s) URL or None; ``published`` and ``updated`` are aware UTC
    datetimes or None (``published`` falls back to ``updated``; ``updated`` is None when the
    feed gives only one date, as RSS does); ``title`` and ``summary`` are
    plain text (HTML removed, at most ``MAX_SUMMARY_CHARS`` for the summary);
    ``content_hash`` is a SHA-256 hex digest of the normalised title and summary.
    """

    identity: str
    title: str
    link: str | None
    published: dt.datetime | None
    updated: dt.datetime | None
    summary: str
    content_hash: str


class Feed(msgspec.Struct, frozen=True):
    """A parsed feed: its own title and site link, and its entries in document order."""

    title: str
    link: str | None
    entries: tuple[FeedEntry, ...]


def parse_feed(body: bytes, url: str | None = None, content_type: str | None = None) -> Feed:
    """The feed in ``body`` (blocking, pure: no network, no files).

    ``url`` is the feed's address, the base for relative links; ``content_type`` is the
    response's header, which may name the encoding. Raises ``WebError(Reason.NOT_A_FEED)``
    when ``body`` is not an RSS or Atom feed.
    """
    import feedparser  # noqa: PLC0415 - loaded on first use only

    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        raise WebError(
            Reason.NOT_A_FEED,
            "That link is not an RSS or Atom feed the bot can read.",
            url=url or "",
        )
    channel: Mapping[str, Any] = parsed.feed
    base = url or ""
    entries = tuple(_entry(item, base) for item in parsed.entries)
    return Feed(
        title=_plain(channel.get("title", "")) or (urlsplit(base).hostname or "feed"),
        link=_http_link(channel.get("link"), base),
        entries=entries,
    )


def _entry(item: Mapping[str, Any], base: str) -> FeedEntry:
    title = _plain(item.get("title", ""))
    summary = _plain(item.get("summary") or _first_content(item))[:MAX_SUMMARY_CHARS].strip()
    link = _http_link(item.get("link"), base)
    content_hash = _digest(" ".join(title.split()).casefold(), " ".join(summary.split()))
    entry_id = " ".join(str(item.get("id") or "").split())
    if entry_id:
        identity = f"id:{entry_id}"
    elif link:
        identity = f"link:{link}"
    else:
        identity = f"hash:{content_hash}"
    updated = _utc(item["updated_parsed"]) if "updated_parsed" in item else None
    published = _utc(item.get("published_parsed")) or updated
    return FeedEntry(identity, title, link, published, updated, summary, content_hash)


def _first_content(item: Mapping[str, Any]) -> str:
    contents = item.get("content") or []
    for content in contents:
        value = content.get("value") if isinstance(content, Mapping) else None
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _http_link(value: object, base: str) -> str | None:
    """``value`` made absolute against ``base``; None unless it is an http(s) URL."""
    if not isinstance(value, str) or not value.strip():
        return None
    link = urljoin(base, value.strip())
    parts = urlsplit(link)
    return link if parts.scheme in ("http", "https") and parts.hostname else None


def _utc(value: object) -> dt.datetime | None:
    """feedparser's parsed date (a UTC ``time.struct_time``) as an aware datetime."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        return dt.datetime(*value[:6], tzinfo=dt.UTC)
    except ValueError:
        return None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain(value: object) -> str:
    """Text without markup, entities decoded, spaces collapsed."""
    if not isinstance(value, str) or not value:
        return ""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    return " ".join("".join(parser.parts).split())
