"""Parse a seed file's bytes into an :class:`~bot.facts.Article`.

The format::

     date YYYY-MM-DD <lede>
    headline: <the headline, as the outlet wrote it>
    url: <where the article was published>
    <the text, a paragraph a line>

Only the date line is expected; the ``headline:`` and ``url:`` lines (in either order, right
after it) are optional. Without a ``headline:`` line, the first line is the headline unless it
is page furniture or reads as body text; a last line ``Source: <link>`` (as older files have)
is the article's link, kept without tracking parameters as the bot compares links
(:func:`bot.web.links.normal_link`).

Operators and moderators write these by hand, so the parser is liberal: a byte-order mark,
CRLF or CR line ends, blank lines, a headline or none, and a missing or broken date line are
all accepted. Only input that is not text at all is rejected. Which lines are the headline and
which are page furniture (bylines, time stamps, credits) is the extractor's call: see
:mod:`bot.extract.page`.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from bot.facts import Article
from bot.web.links import normal_link

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\S+)\s*(?P<lede>.*)$", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^(?P<key>headline|url)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_HTTP_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^source:\s*(?P<url>https?://[^\s<>\"']+)$", re.IGNORECASE)


class SeedFormatError(ValueError):
    """The file cannot be read as an article at all (binary, not UTF-8, or empty)."""


class ParsedSeed(msgspec.Struct, frozen=True):
    article: Article
    warnings: tuple[str, ...]


def parse_seed(raw: bytes) -> ParsedSeed:
    """Turn a seed file's bytes into an article, noting anything an operator should know."""
    lines = _decode(raw).splitlines()
    content = [line.strip() for line in lines if line.strip()]
    if not content:
        raise SeedFormatError("the file is empty")

    warnings: list[str] = []
    date: dt.date | None = None
    header = _DATE_LINE.match(content[0])
    if header:
        content = content[1:]
        lede = header["lede"].strip()
        date = _parse_date(header["date"])
        if date is None:
            warnings.append(
                f"date {header['date']!r} is not a YYYY-MM-DD date: publication date unknown"
            )
    else:
        warnings.append("no 'date YYYY-MM-DD' first line: publication date unknown")
        lede = ""

    fields, content = _header_fields(content, warnings)
    url = fields.get("url")
    if url is None and content and (source := _SOURCE_LINE.match(content[-1])):
        url, content = source["url"], content[:-1]
    if url is not None:
        url = normal_link(url)
    # Loaded here, not at the top: importing any part of the extractor compiles all its
    # patterns, which a start with nothing new to read should not pay for.
    from bot.extract.page import read_page  # noqa: PLC0415

    page = read_page(content, fields.get("headline"))
    title, paragraphs = page.headline, page.body
    if not lede and paragraphs:
        lede = paragraphs[0]
    if not lede and not title:
        raise SeedFormatError("the file has a date line but no text")
    return ParsedSeed(Article(date, lede, title, paragraphs, url, page.byline), tuple(warnings))


def _header_fields(content: list[str], warnings: list[str]) -> tuple[dict[str, str], list[str]]:
    """The ``headline:`` and ``url:`` lines at the top of ``content``, and the lines after."""
    fields: dict[str, str] = {}
    position = 0
    while position < len(content) and (line := _HEADER_FIELD.match(content[position])):
        key, value = line["key"].lower(), line["value"].strip()
        if key in fields:
            break  # a second one is text, not the header
        position += 1
        if key == "url" and not _HTTP_URL.match(value):
            warnings.append(f"url {value!r} is not an http or https link: ignored")
        elif not value:
            warnings.append(f"the {key} line is empty: ignored")
        else:
            fields[key] = value
    return fields, content[position:]


def _decode(raw: bytes) -> str:
    if b"\x00" in raw:
        raise SeedFormatError("the file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedFormatError(f"the file is not UTF-8 text (bad byte at {error.start})") from None


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
