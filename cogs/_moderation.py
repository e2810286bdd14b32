"""Helpers for moderators' commands (not an extension: the leading underscore)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands


def require_manage_guild(interaction: discord.Interaction[Any]) -> discord.Guild:
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
