"""``python -m bot sync``: publish the slash commands, or remove servers' own copies of them.

A server synced on its own (``--guild``, ``/sync``, ``DEV_GUILD_ID``) and then globally shows
every command twice: Discord lists the server's copy beside the global commands. A global sync
names every such server, and ``--clear`` removes their copies (the global commands stay).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.client.fanbot import create_bot
from bot.config import Settings
from bot.db.connection import Database
from bot.render.common import counted


async def sync_commands(
    settings: Settings, db: Database, token: str, guild_id: int | None, *, clear: bool
) -> str:
    """Log in with ``token`` (no gateway), publish or clear, and say what was done."""
    async with create_bot(settings, db) as bot:
        await bot.login(token)
        if clear:
            targets = [guild_id] if guild_id else list(await bot.guild_copies())
            for target in targets:
                await bot.clear_guild_copy(target)
            return _cleared(targets)
        synced = await bot.sync_commands(guild_id)
        copies = await bot.guild_copies() if guild_id is None else {}
    where = f"server {guild_id}" if guild_id else "every server (allow up to an hour)"
    lines = [f"Published {counted(len(synced), 'command')} to {where}."]
    lines += [
        f"Warning: server {copy} also has its own copy of {counted(count, 'command')}, so its "
        f"members see every command twice. Remove it with: "
        f"python -m bot sync --clear --guild {copy}"
        for copy, count in copies.items()
    ]
    return "\n".join(lines)


def _cleared(guild_ids: Sequence[int]) -> str:
    if not guild_ids:
        return "No server has its own copy of the commands: nothing to remove."
    servers = ", ".join(str(guild_id) for guild_id in guild_ids)
    return f"Removed the commands' own copy from {counted(len(guild_ids), 'server')}: {servers}."
