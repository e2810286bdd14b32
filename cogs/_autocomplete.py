"""Helpers shared by the cogs (not an extension: the leading underscore)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.knowledge import Knowledge
from bot.lazy_modules import lazy_module

if TYPE_CHECKING:
    from bot.knowledge import matching
    from bot.knowledge.matching import NameIndex
else:  # the first completion's, not READY's (loaded at READY: bot.knowledge.QUERIES)
    matching = lazy_module("bot.knowledge.matching")

CHOICE_LIMIT = 100
"""Discord's limit on a choice's name and value."""
PRIVATE_HELP = "Only you will see the answer"
LOOKUPS_PER_MEMBER = (10, 30.0)
"""Cheap lookups: 10 per 30 seconds per member and command, then "slow down" (anti-spam)."""


def name_choices(index: NameIndex, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 known names for what the member has typed so far."""
    names = index.complete(current, matching.AUTOCOMPLETE_LIMIT)
    return [app_commands.Choice(name=n[:CHOICE_LIMIT], value=n[:CHOICE_LIMIT]) for n in names]


async def article_choices(knowledge: Knowledge, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 articles for what the member has typed so far: titles shown, file names sent."""
    return [
        app_commands.Choice(name=source.title[:CHOICE_LIMIT], value=source.file_name)
        for source in await knowledge.article_choices(current)
        if len(source.file_name) <= CHOICE_LIMIT
    ]


async def think_first(interaction: discord.Interaction[Any], *, private: bool = False) -> None:
    """Acknowledge now (Discord shows "thinking...") before work that may outlast the 3-second
    window Discord gives a first reply; the answer then follows up. Safe to call twice."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=private, thinking=True)
