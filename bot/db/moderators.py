"""Each server's moderator role: its members may use the moderators' commands there."""

from __future__ import annotations

from bot.db.connection import Database
from bot.db.rows import fetch, now_iso


async def moderator_role(db: Database, guild_id: int) -> int | None:
    """The id of the server's moderator role; None when its admins named none."""
    async with db.reading() as conn:
        rows = await fetch(
            conn, "SELECT role_id FROM moderator_roles WHERE guild_id = ?", (guild_id,)
        )
    return int(rows[0][0]) if rows else None


async def set_moderator_role(db: Database, guild_id: int, role_id: int, user_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO moderator_roles (guild_id, role_id, updated_by, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET"
            " role_id = excluded.role_id, updated_by = excluded.updated_by,"
            " updated_at = excluded.updated_at",
            (guild_id, role_id, user_id, now_iso()),
        )


async def clear_moderator_role(db: Database, guild_id: int) -> bool:
    """Forget the server's moderator role; False if it had none."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "DELETE FROM moderator_roles WHERE guild_id = ? RETURNING guild_id",
            (guild_id,),
        )
    return bool(rows)
