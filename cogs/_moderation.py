"""Helpers for moderators' commands (not an extension: the leading underscore)."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.client.fanbot import FanBot
from bot.render.common import Card
from bot.render.embeds import embed_for


async def reply(interaction: discord.Interaction[FanBot], card: Card) -> None:
    """A private answer to the moderator that never pings anyone."""
    embed = embed_for(card)
    none = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=none)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=none)


def require_manage_guild(interaction: discord.Interaction[FanBot]) -> discord.Guild:
    """The server, if the member may manage it; raises the errors the tree explains otherwise.

    Checked at run time even where Discord's default permissions hide a command, since server
    admins can change those.
    """
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    permissions = interaction.permissions
    if not (permissions.manage_guild or permissions.administrator):
        raise app_commands.MissingPermissions(["manage_guild"])
    return interaction.guild
