"""What ``/moderators`` does: the role whose members are moderators in a server.

Its admins (Manage Server) name the role; its moderators may see which it is. The check itself
is :mod:`bot.moderation.permissions`. Each function returns its answer
(:mod:`bot.answers.moderation`) or raises an :mod:`expected error <bot.answers.errors>`.
"""

from __future__ import annotations

import discord

from bot.answers.errors import InvalidInput
from bot.answers.moderation import ModeratorRoleCleared, ModeratorRoleSet, ModeratorRoleShown
from bot.db.connection import Database
from bot.db.moderators import clear_moderator_role, moderator_role, set_moderator_role


async def set_role(
    db: Database, guild: discord.Guild, role: discord.Role, user_id: int
) -> ModeratorRoleSet:
    """Members with ``role`` are moderators in ``guild``; not @everyone, nor a bot's own role."""
    if role.is_default():
        raise InvalidInput("Pick a role for moderators, not @everyone.")
    if role.managed:
        raise InvalidInput(
            "That role belongs to an integration (a bot or a subscription): members cannot be "
            "given it. Pick a role you give moderators."
        )
    await set_moderator_role(db, guild.id, role.id, user_id)
    return ModeratorRoleSet(role.id, role.name)


async def show_role(db: Database, guild: discord.Guild) -> ModeratorRoleShown:
    role_id = await moderator_role(db, guild.id)
    role = guild.get_role(role_id) if role_id is not None else None
    return ModeratorRoleShown(role_id, role.name if role is not None else "")


async def clear_role(db: Database, guild_id: int) -> ModeratorRoleCleared:
    """Only Manage Server makes a moderator from now on."""
    return ModeratorRoleCleared(was_set=await clear_moderator_role(db, guild_id))
