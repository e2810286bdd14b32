"""The articles moderators wrote with ``/news add``: only these can be removed from Discord."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.connection import Database
from bot.db.rows import LIKE_ESCAPE, containing, now_iso


@dataclass(frozen=True, slots=True)
class DeskArticle:
    file_name: str
    title: str
    guild_id: int


async def record_desk_article(
    db: Database, file_name: str, title: str, guild_id: int, user_id: int
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO news_desk_articles (file_name, title, guild_id, user_id, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (file_name) DO UPDATE SET title = excluded.title,"
            " guild_id = excluded.guild_id, user_id = excluded.user_id,"
            " created_at = excluded.created_at",
            (file_name, title, guild_id, user_id, now_iso()),
        )


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
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM news_desk_articles WHERE file_name = ?", (file_name,))
