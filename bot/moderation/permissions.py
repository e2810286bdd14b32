"""Who may use the moderators' commands: the one check, made in code on every use.

Discord's default permissions only hide a command, and server admins can change them, so every
moderator command (and every button under its answers) asks here again. A *moderator* is a
member with Manage Server (or Administrator), or with the moderator role the server's admins
named with ``/moderators set``; removing the role takes the right away at once. The knowledge
is shared by every server the bot is in, so what changes it is also limited to the servers the
operator lists in ``NEWS_EDITOR_GUILD_IDS``.

An interaction that did not come from Discord was built by the offline console (``python -m
bot ask``, ``python -m bot console``): that is the operator at the bot's own terminal, who has
every right. Nobody on Discord can send one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import discord
import msgspec

from bot.answers.errors import NotAllowed
from bot.db.connection import Database
from bot.db.moderators import moderator_role

NOT_A_MODERATOR = "You need the Manage Server permission or this server's moderator role."
NOT_AN_ADMIN = "You need the Manage Server permission to choose who moderates this server."
SERVER_ONLY = "This command only works in a server."


class Moderator(msgspec.Struct, frozen=True):
    """Who is acting: a moderator in a server, or the operator at the console."""

    user_id: int | None
    """None for the operator."""
    guild: discord.Guild | None
    """The server they moderate; None for the operator."""
    name: str = ""
    """Their name in that server, as the log shows it."""

    @property
    def guild_id(self) -> int | None:
        return self.guild.id if self.guild is not None else None


OPERATOR = Moderator(None, None)


def _may_manage(interaction: discord.Interaction[Any]) -> bool:
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.administrator


def _server(interaction: discord.Interaction[Any]) -> discord.Guild:
    if interaction.guild is None:
        raise NotAllowed(SERVER_ONLY)
    return interaction.guild


def require_admin(interaction: discord.Interaction[Any]) -> discord.Guild:
    """The server, if the member has Manage Server there: the right to name moderators."""
    guild = _server(interaction)
    if not _may_manage(interaction):
        raise NotAllowed(NOT_AN_ADMIN)
    return guild


async def require_moderator(interaction: discord.Interaction[Any], db: Database) -> Moderator:
    """Who is acting, if they are a moderator; raises :class:`NotAllowed` otherwise."""
    if not isinstance(interaction, discord.Interaction):
        return OPERATOR
    guild = _server(interaction)
    member = interaction.user
    if _may_manage(interaction):
        return Moderator(member.id, guild, member.display_name)
    role_id = await moderator_role(db, guild.id)
    if (
        role_id is not None
        and isinstance(member, discord.Member)
        and member.get_role(role_id) is not None
    ):
        return Moderator(member.id, guild, member.display_name)
    raise NotAllowed(NOT_A_MODERATOR)


def require_editing_server(editor_guild_ids: Collection[int], guild_id: int, refusal: str) -> None:
    """Raises :class:`NotAllowed` (``refusal``) unless the server may change the knowledge."""
    if guild_id not in editor_guild_ids:
        raise NotAllowed(refusal, title="Not here")


async def require_news_editor(
    interaction: discord.Interaction[Any],
    db: Database,
    editor_guild_ids: Collection[int],
    refusal: str,
) -> Moderator:
    """Who is acting, if they are a moderator of a server that may change the knowledge (or
    the operator); raises :class:`NotAllowed` with ``refusal`` in any other server."""
    moderator = await require_moderator(interaction, db)
    if moderator.guild is not None:
        require_editing_server(editor_guild_ids, moderator.guild.id, refusal)
    return moderator
