"""Helpers for moderators' commands (not an extension: the leading underscore)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands


def is_moderator(interaction: discord.Interaction[Any]) -> bool:
    """Whether the member may use moderators' commands where they are: today, members with
    Manage Server (or Administrator). The one place that says who is a moderator."""
    permissions = interaction.permissions
    return interaction.guild is not None and (permissions.manage_guild or permissions.administrator)


def require_manage_guild(interaction: discord.Interaction[Any]) -> discord.Guild:
    """The server, if the member is a moderator there (:func:`is_moderator`); raises the
    errors the tree explains otherwise.

    Checked at run time even where Discord's default permissions hide a command, since server
    admins can change those.
    """
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    if not is_moderator(interaction):
        raise app_commands.MissingPermissions(["manage_guild"])
    return interaction.guild
