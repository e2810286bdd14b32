"""Helpers for moderators' commands (not an extension: the leading underscore)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import discord
from discord import app_commands

from bot.answers.errors import ExpectedError
from bot.client.fanbot import FanBot
from bot.moderation import permissions


async def require_moderator(interaction: discord.Interaction[Any], bot: FanBot) -> discord.Guild:
    """The server, if the member is one of its moderators (Manage Server, or the moderator
    role its admins named); raises the errors the tree explains otherwise.

    Checked at run time even where Discord's default permissions hide a command, since server
    admins can change those (see :mod:`bot.moderation.permissions`).
    """
    moderator = await permissions.require_moderator(interaction, bot.db)
    if moderator.guild is None:  # the console: these commands are for a server
        raise app_commands.NoPrivateMessage()
    return moderator.guild


async def check_first(interaction: discord.Interaction[Any], check: Awaitable[object]) -> bool:
    """A cog's ``interaction_check`` from a moderator check: run before the options are read,
    so a member is refused before anything else is said. Its refusal reaches the tree's error
    handler as a :class:`~discord.app_commands.CheckFailure` caused by the expected error."""
    try:
        await check
    except ExpectedError as refusal:
        raise app_commands.CheckFailure(str(refusal)) from refusal
    return True
