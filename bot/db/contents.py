"""Article contents the bot has stored: an article's identity for alerts is its content.

Every content ever stored is remembered (``article_contents``), so a file that brings back a
content already known (renamed, restored from a backup, copied under another name) is not
news. Every function takes the bulk ``writer`` (see :mod:`bot.db`) and is one step inside the
ingest transaction that stores the file.
"""

from __future__ import annotations

import sqlite3

from bot.db.articles import FileStamp
from bot.db.rows import now_iso


def content_known(writer: sqlite3.Connection, content_hash: str) -> bool:
    """Whether an article with exactly this content was ever stored (even if since removed)."""
    row = writer.execute(
        "SELECT EXISTS (SELECT 1 FROM article_contents WHERE content_hash = ?)", (content_hash,)
    ).fetchone()
    return bool(row and row[0])


def remember_content(writer: sqlite3.Connection, content_hash: str, file_name: str) -> None:
    """Record that this content was stored (the first file name that brought it is kept)."""
    writer.execute(
        "INSERT INTO article_contents (content_hash, first_file_name, first_stored_at)"
        " VALUES (?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
        (content_hash, file_name, now_iso()),
    )


def stored_with_content(writer: sqlite3.Connection, content_hash: str) -> list[str]:
    """The file names of the stored articles with exactly this content, oldest first."""
    rows = writer.execute(
        "SELECT file_name FROM articles WHERE content_hash = ? ORDER BY id", (content_hash,)
    ).fetchall()
    return [str(row[0]) for row in rows]


def rename_article(
    writer: sqlite3.Connection, old_name: str, new_name: str, stamp: FileStamp
) -> None:
    """The stored article of ``old_name`` is now the file ``new_name``: same article, same facts
    and quote numbers, new file name and stamp."""
    writer.execute(
        "UPDATE articles SET file_name = ?, file_size = ?, file_mtime_ns = ? WHERE file_name = ?",
        (new_name, stamp.size, stamp.mtime_ns, old_name),
    )
    writer.execute(
        "UPDATE OR IGNORE news_desk_articles SET file_name = ? WHERE file_name = ?",
        (new_name, old_name),
    )
