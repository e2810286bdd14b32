"""The articles moderators wrote with ``/news add``: only these can be removed from Discord."""

from __future__ import annotations

import datetime as dt

import msgspec

from bot.db.alert_history import mark_retracted
from bot.db.connection import Database
from bot.db.rows import LIKE_ESCAPE, containing, now_iso


class DeskArticle(msgspec.Struct, frozen=True):
    file_name: str
    title: str
    guild_id: int


async def record_desk_article(
    db: Database,
    file_name: str,
    title: str,
    guild_id: int,
    user_id: int,
    *,
    request_hash: str | None = None,
) -> None:
    """``request_hash``: what was asked (title and body), to recognise the same request again."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO news_desk_articles (file_name, title, guild_id, user_id, created_at,"
            " request_hash) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (file_name) DO UPDATE SET"
            " title = excluded.title, guild_id = excluded.guild_id, user_id = excluded.user_id,"
            " created_at = excluded.created_at, request_hash = excluded.request_hash",
            (file_name, title, guild_id, user_id, now_iso(), request_hash),
        )


async def recent_request(db: Database, request_hash: str, since: dt.datetime) -> DeskArticle | None:
    """The newest article added for the same request at ``since`` or later, if any."""
    async with (
        db.reading() as conn,
        conn.execute(
            "SELECT file_name, title, guild_id FROM news_desk_articles"
            " WHERE request_hash = ? AND created_at >= ? ORDER BY created_at DESC LIMIT 1",
            (request_hash, since.astimezone(dt.UTC).isoformat(timespec="seconds")),
        ) as cursor,
    ):
        row = await cursor.fetchone()
    return DeskArticle(row[0], row[1], row[2]) if row else None


async def desk_articles(db: Database, typed: str = "", limit: int = 25) -> list[DeskArticle]:
    """Moderators' articles whose title contains ``typed``, newest first."""
    pattern = containing(typed)
    async with (
        db.reading() as conn,
        conn.execute(
            "SELECT file_name, title, guild_id FROM news_desk_articles"
            f" WHERE title LIKE ?{LIKE_ESCAPE} OR file_name LIKE ?{LIKE_ESCAPE}"
            " ORDER BY created_at DESC LIMIT ?",
            (pattern, pattern, limit),
        ) as cursor,
    ):
        return [DeskArticle(row[0], row[1], row[2]) for row in await cursor.fetchall()]


async def find_desk_article(db: Database, wanted: str) -> DeskArticle | None:
    """A moderator's article by file name (what autocomplete sends) or exact title."""
    async with (
        db.reading() as conn,
        conn.execute(
            "SELECT file_name, title, guild_id FROM news_desk_articles"
            " WHERE file_name = ? OR title = ? ORDER BY created_at DESC LIMIT 1",
            (wanted, wanted),
        ) as cursor,
    ):
        row = await cursor.fetchone()
    return DeskArticle(row[0], row[1], row[2]) if row else None


async def forget_desk_article(db: Database, file_name: str) -> None:
    """The moderators' article was removed: forget it, and mark its alerts retracted (those
    waiting are cancelled, those posted are to be edited) in the same transaction."""
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM news_desk_articles WHERE file_name = ?", (file_name,))
        await mark_retracted(conn, file_name)
