"""An HTML page to a news article: headline, publication date, lede and paragraphs.

Main-text extraction is trafilatura's (it leaves out menus, ads, comments, "related" blocks,
captions and bylines by their markup and text density); this module adds what a seed file
needs on top of it:

- the headline: trafilatura's title (og:title, ``<h1>``, ``<title>`` without the site name),
  else the JSON-LD ``headline``;
- the publication date as the outlet states it (the date part of the local timestamp, not
  converted to UTC): JSON-LD ``datePublished`` first, then trafilatura's metadata (meta tags
  such as ``article:published_time``, ``<time datetime>``, a date in the URL); never a date
  guessed from the page's text, which finds copyright years;
- a last sweep over the paragraphs for the furniture that reads like text ("Read more: ...",
  "By Jane Doe", "Photo: ...", "Subscribe to keep reading");
- the verdicts "not an article" (no headline, or fewer than ``min_words`` words) and
  "paywall" (the page says it is not free, by JSON-LD ``isAccessibleForFree: false`` or
  ``article:content_tier`` locked, or ends in a subscribe prompt, and serves a short text).

``extract_article`` is pure, synchronous and CPU-bound (lxml): call it in a thread, or await
``read_article``. trafilatura and lxml are imported on the first call only (about 16 MB of
memory and 0.1 s, measured), so a bot that never reads a link never loads them. An ordinary
page then takes a few milliseconds; a 400 KiB one about 0.2 s.
"""

from __future__ import annotations

import asyncio
import codecs
import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from typing import Any

import msgspec

from bot.web.errors import Reason, WebError

MIN_WORDS = 80
"""An article has at least this many words of main text."""
PAYWALL_MAX_WORDS = 300
"""A page that says it is for subscribers and serves fewer words is a teaser."""
SHORT_LINE_WORDS = 30
"""Furniture lines (promotions, bylines, credits) are never longer than this."""

_JSON_LD = re.compile(
    rb"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_CONTENT_TIER = re.compile(rb"[\"']article:content_tier[\"']", re.IGNORECASE)
_LOCKED = re.compile(rb"content\s*=\s*[\"']\s*locked\s*[\"']", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_PROMO = re.compile(
    r"^(?:read more|read also|also read|more|related(?: articles?| stories)?|see also|"
    r"recommended|you (?:might|may) also like|more on this(?: story)?|watch|listen|"
    r"sign up|subscribe|advertisement|sponsored(?: content)?|share(?: this)?|follow us)"
    r"\s*(?:[:\-–—|>»]|$)",
    re.IGNORECASE,
)
_ALONE = re.compile(r"^(?:advertisement|sponsored|share this article|continue reading)$", re.I)
_BYLINE = re.compile(r"^(?i:by|words by|written by|reporting by)\s+[A-Z][^.!?]*$")
_CREDIT = re.compile(
    r"^(?:photo(?:graph)?|picture|image|credit|source|getty images)\s*(?:credit)?\s*:", re.I
)
_PAYWALL_PROMPT = re.compile(
    r"subscribe (?:now )?to (?:keep|continue) reading|already a subscriber|"
    r"this (?:article|story|content) is (?:only )?(?:for|available to) subscribers|"
    r"sign in to (?:read|continue reading)|subscribers get unlimited access",
    re.IGNORECASE,
)


class Article(msgspec.Struct, frozen=True):
    """A news article read from a page.

    ``paragraphs`` is the main text in order, one paragraph (or subheading, or list item) per
    entry, none empty; ``lede`` is the first of them. ``published`` is the date the outlet
    gives, or None when the page states none. ``url`` is the page's (final) URL.
    """

    headline: str
    published: dt.date | None
    lede: str
    paragraphs: tuple[str, ...]
    url: str

    @property
    def body(self) -> str:
        """The paragraphs, one per line."""
        return "\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


class _LinkedData(msgspec.Struct, frozen=True):
    """What the page's JSON-LD says about its article."""

    headline: str | None = None
    published: dt.date | None = None
    free: bool | None = None


def decode_html(body: bytes, charset: str | None = None) -> str:
    """``body`` as text: the header's charset, else a BOM or ``<meta charset>``, else UTF-8.

    Never raises: undecodable bytes become U+FFFD, an unknown charset falls back to UTF-8,
    and text that is not UTF-8 falls back to Windows-1252 (what browsers do).
    """
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    declared = charset
    if not declared and (found := _META_CHARSET.search(body[:4096])):
        declared = found[1].decode("ascii")
    if declared and _known_codec(declared):
        return body.decode(declared, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def extract_article(
    page: bytes | str, url: str, *, charset: str | None = None, min_words: int = MIN_WORDS
) -> Article:
    """The article on an HTML page (blocking; pure: no network, no files).

    ``page`` is the raw bytes (decoded with ``charset`` or what the page declares) or text;
    ``url`` is the page's address, kept in the result and used to read dates from the path.
    Raises ``WebError`` with ``Reason.PAYWALL`` or ``Reason.NOT_ARTICLE``.
    """
    raw = page if isinstance(page, bytes) else page.encode("utf-8")
    text = decode_html(page, charset) if isinstance(page, bytes) else page
    linked = _linked_data(raw)
    title, date, main_text = _trafilatura(text, url)
    headline = _clean(title) or _clean(linked.headline or "")
    lines = [_clean(line) for line in main_text.splitlines()]
    prompt = any(_is_paywall_prompt(line) for line in lines)
    paragraphs = _main_paragraphs(lines, headline)
    words = sum(len(p.split()) for p in paragraphs)
    locked = linked.free is False or _locked_tier(raw)
    if (locked or prompt) and words < PAYWALL_MAX_WORDS:
        raise WebError(
            Reason.PAYWALL,
            "That article is for the site's subscribers: the page shows only its first lines.",
            url=url,
        )
    if not headline or not paragraphs or words < min_words:
        raise WebError(
            Reason.NOT_ARTICLE,
            f"That page does not look like a news article (it has {words} words of text;"
            f" an article has at least {min_words}).",
            url=url,
        )
    published = linked.published or _iso_date(date)
    return Article(headline, published, paragraphs[0], tuple(paragraphs), url)


async def read_article(
    page: bytes | str, url: str, *, charset: str | None = None, min_words: int = MIN_WORDS
) -> Article:
    """``extract_article`` in a worker thread, so the event loop keeps running."""
    return await asyncio.to_thread(extract_article, page, url, charset=charset, min_words=min_words)


def _trafilatura(text: str, url: str) -> tuple[str, str | None, str]:
    """trafilatura's title, date (YYYY-MM-DD or None) and main text (a paragraph a line)."""
    import trafilatura  # noqa: PLC0415 - heavy (lxml and friends): loaded on first use only

    document = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if document is None or isinstance(document, dict):
        return "", None, ""
    return document.title or "", document.date, document.text or ""


def _main_paragraphs(lines: list[str], headline: str) -> list[str]:
    """The main text's lines less the headline, duplicates and furniture that reads as text."""
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        key = line.casefold()
        if not line or key == headline.casefold() or key in seen or _is_furniture(line):
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _locked_tier(raw: bytes) -> bool:
    """Whether ``<meta property="article:content_tier" content="locked">`` is on the page."""
    return any(_CONTENT_TIER.search(tag) and _LOCKED.search(tag) for tag in _META_TAG.findall(raw))


def _is_furniture(line: str) -> bool:
    if len(line.split()) > SHORT_LINE_WORDS:
        return False
    return bool(
        _ALONE.match(line)
        or _PROMO.match(line)
        or _BYLINE.match(line)
        or _CREDIT.match(line)
        or _PAYWALL_PROMPT.search(line)
    )


def _is_paywall_prompt(line: str) -> bool:
    return len(line.split()) <= SHORT_LINE_WORDS and _PAYWALL_PROMPT.search(line) is not None


def _clean(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _iso_date(value: object) -> dt.date | None:
    """The calendar date an ISO 8601 string starts with, as written (no time-zone shift)."""
    if not isinstance(value, str) or not (found := _ISO_DATE.match(value)):
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


# ------------------------------------------------------------------------------- JSON-LD
_ARTICLE_TYPES = ("Article", "BlogPosting", "LiveBlogPosting", "Report")


def _linked_data(raw: bytes) -> _LinkedData:
    """The first article object in the page's JSON-LD blocks (graphs and lists included)."""
    for block in _JSON_LD.findall(raw):
        try:
            data = json.loads(block.decode("utf-8", errors="replace"))
        except ValueError:
            continue
        for node in _nodes(data):
            if _is_article(node):
                return _LinkedData(
                    headline=node.get("headline")
                    if isinstance(node.get("headline"), str)
                    else None,
                    published=_iso_date(node.get("datePublished")),
                    free=_free(node),
                )
    return _LinkedData()


def _nodes(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _nodes(data.get("@graph"))
        yield from _nodes(data.get("mainEntity"))


def _is_article(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(n, str) and n.endswith(_ARTICLE_TYPES) for n in names)


def _free(node: dict[str, Any]) -> bool | None:
    """False when the article or one of its parts says it is not free; None when unsaid."""
    values = [node.get("isAccessibleForFree")]
    parts = node.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict):
            values.append(part.get("isAccessibleForFree"))
    flags = [_boolean(v) for v in values if v is not None]
    if any(flag is False for flag in flags):
        return False
    return True if flags else None


def _boolean(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None
