"""Owner tools: ``/sync`` publishes the slash commands deliberately, never on every start."""

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.errors import NotAllowed
from bot.answers.moderation import CommandsSynced
from bot.client.fanbot import FanBot


class Admin(commands.Cog):
    """Bot owner"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="sync", extras={"example": "/sync scope:here", "hidden": True})
    @app_commands.describe(scope="This server only (instant) or every server (may take a while)")
    @app_commands.guild_only()
    @app_commands.default_permissions(administrator=True)
    @app_commands.checks.cooldown(1, 60.0)
    async def sync(
        self,
        interaction: discord.Interaction[FanBot],
        scope: Literal["here", "everywhere"] = "here",
    ) -> None:
        """Publish the bot's slash commands (bot owner only)."""
        # Discord's default permissions can be changed by server admins: check the owner here.
        if not await self.bot.is_owner(interaction.user):
            raise NotAllowed("Only the bot's owner can sync its commands.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        everywhere = scope == "everywhere"
        synced = await self.bot.sync_commands(None if everywhere else interaction.guild_id)
        copies: list[int] = []
        if everywhere:  # the usual trap: this server (or the development one) synced alone
            nearby = {interaction.guild_id, self.bot.settings.dev_guild_id}
            for guild_id in sorted(g for g in nearby if g is not None):
                if await self.bot.tree.fetch_commands(guild=discord.Object(guild_id)):
                    copies.append(guild_id)
        answer = CommandsSynced(len(synced), everywhere=everywhere, guild_copies=tuple(copies))
        await self.bot.presenter.answer(interaction, answer, private=True)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Admin(bot))
