"""Parse a seed file's bytes into an :class:`~bot.facts.Article`.

The format is a first line `` date YYYY-MM-DD <lede>`` followed by the text. Operators and
moderators write these by hand, so the parser is liberal: a byte-order mark, CRLF or CR line
ends, blank lines, a headline or none, and a missing or broken date line are all accepted.
Only input that is not text at all is rejected. Which lines are the headline and which are page
furniture (bylines, time stamps, credits) is the extractor's call: see :mod:`bot.extract.page`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.extract.page import read_page
from bot.facts import Article

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\S+)\s*(?P<lede>.*)$", re.IGNORECASE)


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

    page = read_page(content)
    title, paragraphs = page.headline, page.body
    if not lede and paragraphs:
        lede = paragraphs[0]
    if not lede and not title:
        raise SeedFormatError("the file has a date line but no text")
    return ParsedSeed(Article(date, lede, title, paragraphs, page.byline), tuple(warnings))


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
