"""Parse a seed file's bytes into an :class:`~bot.facts.Article`.

The format is a first line `` date YYYY-MM-DD <lede>``, an optional line ``url <address>``
(the article's own http or https address), then the text. Operators and
moderators write these by hand, so the parser is liberal: a byte-order mark, CRLF or CR line
ends, blank lines, a headline or none, and a missing or broken date line are all accepted.
Only input that is not text at all is rejected.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.facts import Article

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\S+)\s*(?P<lede>.*)$", re.IGNORECASE)
_URL_LINE = re.compile(r"^url\s+(?P<url>https?://\S+)$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^source:\s*(?P<url>https?://\S+)$", re.IGNORECASE)
"""How ``/news add`` wrote the address before the ``url`` line: the last line of the text."""
_SENTENCE_END = ".!?…:;\"'”’)"
_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 25


class SeedFormatError(ValueError):
    """The file cannot be read as an article at all (binary, not UTF-8, or empty)."""


@dataclass(frozen=True, slots=True)
class ParsedSeed:
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
    url = None
    if content and (found := _URL_LINE.match(content[0])):
        url, content = found["url"], content[1:]
    elif len(content) > 1 and (found := _SOURCE_LINE.match(content[-1])):
        url, content = found["url"], content[:-1]

    title = content[0] if content and _looks_like_headline(content[0]) else None
    paragraphs = tuple(content[1:] if title else content)
    if not lede and paragraphs:
        lede = paragraphs[0]
    if not lede and not title:
        raise SeedFormatError("the file has a date line but no text")
    return ParsedSeed(Article(date, lede, title, paragraphs, url), tuple(warnings))


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


def _looks_like_headline(line: str) -> bool:
    """A headline is short, does not end like a sentence, and capitalises most of its words."""
    if line.startswith(("-", "*", "•")) or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if line[-1] in _SENTENCE_END:
        return False
    words = [word for word in re.split(r"\s+", line) if word[:1].isalpha()]
    if not words or len(words) > _MAX_HEADLINE_WORDS:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised * 2 > len(words)
