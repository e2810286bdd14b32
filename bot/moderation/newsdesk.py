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
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from bot.facts import ArticleFacts
from bot.ingestion.scan import SEED_SUFFIX
from bot.ingestion.seedfile import ParsedSeed, parse_seed
from bot.lazy_modules import lazy_module

if TYPE_CHECKING:
    from bot.ingestion import prepare
else:  # the extractor's entry: not loaded before READY
    prepare = lazy_module("bot.ingestion.prepare")

MAX_SLUG_CHARS = 60
MAX_NAME_ATTEMPTS = 100
_SENTENCE = re.compile(r"^(.+?[.!?…])(?:\s|$)")
_SPACES = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class NewsDeskError(ValueError):
    """The article cannot be written or removed; the message says why."""


class DraftArticle(msgspec.Struct, frozen=True):
    title: str
    body: str
    date: dt.date
    url: str | None = None


class WrittenArticle(msgspec.Struct, frozen=True):
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
    """The article in the seed format: date line with the lede, headline and link, paragraphs.

    The headline is kept as written (a sentence-case one too); the link only when it is one.
    """
    title = one_line(draft.title)
    paragraphs = [one_line(p) for p in draft.body.splitlines() if one_line(p)]
    if not title or not paragraphs:
        raise NewsDeskError("an article needs a title and some text")
    first = _SENTENCE.match(paragraphs[0])
    lede = first[1] if first else paragraphs[0]
    lines = [f" date {draft.date.isoformat()} {lede}", f"headline: {title}"]
    if draft.url:
        lines.append(f"url: {one_line(draft.url)}")
    lines.extend(paragraphs)
    return "\n".join(lines) + "\n"


class PreparedSeed(msgspec.Struct, frozen=True):
    """An article as its seed file's bytes, read back as the ingester will read it."""

    raw: bytes
    parsed: ParsedSeed
    facts: ArticleFacts


def prepare_seed(draft: DraftArticle) -> PreparedSeed:
    """The draft's seed file and the facts the ingester will find in it (blocking: CPU)."""
    raw = render_seed(draft).encode("utf-8")
    parsed = parse_seed(raw)
    return PreparedSeed(raw, parsed, prepare.extract(parsed.article))


def draft_facts(draft: DraftArticle) -> ArticleFacts:
    """The facts the article of ``draft`` gives (blocking: run it in a thread)."""
    return prepare.extract(parse_seed(render_seed(draft).encode("utf-8")).article)


def write_article(seeds_dir: Path, draft: DraftArticle) -> WrittenArticle:
    """Write the article as a new file in ``seeds_dir`` (blocking: run it in a thread)."""
    prepared = prepare_seed(draft)
    for attempt in range(1, MAX_NAME_ATTEMPTS + 1):
        name = safe_file_name(draft.title, draft.date, attempt)
        path = create_seed_file(seeds_dir, name, prepared.raw)
        if path is not None:
            return WrittenArticle(name, path, prepared.parsed, prepared.facts)
    raise NewsDeskError("too many articles with this title on this date")


def free_file_name(seeds_dir: Path, title: str, date: dt.date) -> str:
    """The first :func:`safe_file_name` for this title and date not taken in ``seeds_dir``
    (blocking). Another writer may take it before it is used: see :func:`create_seed_file`."""
    for attempt in range(1, MAX_NAME_ATTEMPTS + 1):
        name = safe_file_name(title, date, attempt)
        if not (seeds_dir / name).exists():
            return name
    raise NewsDeskError("too many articles with this title on this date")


def create_seed_file(seeds_dir: Path, file_name: str, raw: bytes) -> Path | None:
    """Write ``raw`` as the new file ``file_name`` in ``seeds_dir``, all at once or not at all;
    None, and nothing written, if that name is taken (blocking).

    The bytes go to a hidden temporary file first (never read as an article), synced, then
    linked to the final name, which never replaces an existing file.
    """
    root = seeds_dir.resolve(strict=True)
    final = root / file_name
    if final.parent != root or Path(file_name).name != file_name:
        raise NewsDeskError("refusing to write outside the seeds folder")
    if final.exists():
        return None
    temporary = _write_temporary(root, raw)
    try:
        os.link(temporary, final)  # fails if the name is taken: nothing is replaced
    except FileExistsError:
        return None
    finally:
        temporary.unlink(missing_ok=True)
    return final


def replace_seed_file(seeds_dir: Path, file_name: str, raw: bytes) -> None:
    """Replace the file ``file_name`` in ``seeds_dir`` by ``raw`` at once (blocking): a reader
    sees the old bytes or the new, never a mix."""
    root = seeds_dir.resolve(strict=True)
    final = root / file_name
    if final.parent != root or Path(file_name).name != file_name:
        raise NewsDeskError("refusing to write outside the seeds folder")
    temporary = _write_temporary(root, raw)
    try:
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)


def _write_temporary(root: Path, raw: bytes) -> Path:
    temporary = root / f".newsdesk-{secrets.token_hex(8)}.tmp"
    try:
        with temporary.open("xb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


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
