"""Moderators' news: write an article file into the seeds folder, or remove one they wrote.

The file is in the seed format, so the same pipeline (watcher, ingest, alerts) reads it. It is
written atomically (a hidden temporary file, then a link to the final name that never replaces
an existing file), under a safe name made from the title, and never outside the seeds folder.
Only files recorded here as written by moderators can be removed from Discord.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.extract import extract_facts
from bot.facts import ArticleFacts
from bot.ingestion.scan import SEED_SUFFIX
from bot.ingestion.seedfile import ParsedSeed, parse_seed

MAX_SLUG_CHARS = 60
MAX_NAME_ATTEMPTS = 100
_SENTENCE = re.compile(r"^(.+?[.!?…])(?:\s|$)")
_SPACES = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class NewsDeskError(ValueError):
    """The article cannot be written or removed; the message says why."""


@dataclass(frozen=True, slots=True)
class DraftArticle:
    title: str
    body: str
    date: dt.date
    url: str | None = None


@dataclass(frozen=True, slots=True)
class WrittenArticle:
    file_name: str
    path: Path
    parsed: ParsedSeed
    facts: ArticleFacts


def one_line(text: str) -> str:
    """Text with control characters and line breaks turned into single spaces."""
    cleaned = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return _SPACES.sub(" ", cleaned).strip()


def safe_file_name(title: str, date: dt.date, attempt: int = 1) -> str:
    """``YYYY-MM-DD_words-of-the-title.txt``: ASCII letters, digits and dashes only.

    Never hidden, never a path, never longer than about 80 characters, whatever the title.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_title.lower()).strip("-")[:MAX_SLUG_CHARS].strip("-")
    slug = slug or "news"
    suffix = f"-{attempt}" if attempt > 1 else ""
    return f"{date.isoformat()}_{slug}{suffix}{SEED_SUFFIX}"


def render_seed(draft: DraftArticle) -> str:
    """The article in the seed format: date line with the lede, headline, paragraphs."""
    title = one_line(draft.title)
    paragraphs = [one_line(p) for p in draft.body.splitlines() if one_line(p)]
    if not title or not paragraphs:
        raise NewsDeskError("an article needs a title and some text")
    first = _SENTENCE.match(paragraphs[0])
    lede = first[1] if first else paragraphs[0]
    lines = [f" date {draft.date.isoformat()} {lede}", _headline(title, draft.date), *paragraphs]
    if draft.url:
        lines.append(f"Source: {one_line(draft.url)}")
    return "\n".join(lines) + "\n"


def _headline(title: str, date: dt.date) -> str:
    """The title, adjusted only as much as needed for the seed parser to read it as a headline."""
    candidates = [title, title.rstrip(".!?…:;"), _capitalised(title.rstrip(".!?…:;"))]
    for candidate in candidates:
        probe = f" date {date.isoformat()} x\n{candidate}\nbody\n"
        if candidate and parse_seed(probe.encode()).article.title == candidate:
            return candidate
    return candidates[-1] or title


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def draft_facts(draft: DraftArticle) -> ArticleFacts:
    """The facts the article of ``draft`` gives (blocking: run it in a thread)."""
    return extract_facts(parse_seed(render_seed(draft).encode("utf-8")).article)


def write_article(seeds_dir: Path, draft: DraftArticle) -> WrittenArticle:
    """Write the article as a new file in ``seeds_dir`` (blocking: run it in a thread)."""
    text = render_seed(draft)
    raw = text.encode("utf-8")
    parsed = parse_seed(raw)
    facts = extract_facts(parsed.article)
    root = seeds_dir.resolve(strict=True)
    temporary = root / f".newsdesk-{secrets.token_hex(8)}.tmp"
    try:
        with temporary.open("xb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(1, MAX_NAME_ATTEMPTS + 1):
            name = safe_file_name(draft.title, draft.date, attempt)
            final = root / name
            if final.parent != root:  # cannot happen with a slug name; checked all the same
                raise NewsDeskError("refusing to write outside the seeds folder")
            try:
                os.link(temporary, final)  # fails if the name is taken: nothing is replaced
            except FileExistsError:
                continue
            return WrittenArticle(name, final, parsed, facts)
        raise NewsDeskError("too many articles with this title on this date")
    finally:
        temporary.unlink(missing_ok=True)


def describe_write_error(error: OSError) -> str:
    """What a moderator should know when the seeds folder could not be written."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            "The bot's disk is full, so nothing was saved. "
            "Ask the bot's operator to free some space, then try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "The bot may not write to its seeds folder; ask the bot's operator to fix that."
    if error.errno == errno.ENOENT:
        return "The bot's seeds folder is missing; ask the bot's operator to fix that."
    return f"The seeds folder could not be written ({error.strerror or 'input/output error'})."


def remove_article_file(seeds_dir: Path, file_name: str) -> bool:
    """Delete a moderator's article file; False if it was already gone (blocking)."""
    root = seeds_dir.resolve(strict=True)
    path = root / file_name
    if path.parent != root or Path(file_name).name != file_name:
        raise NewsDeskError("refusing to remove a file outside the seeds folder")
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
