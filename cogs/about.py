"""The bot itself: ``/about`` and ``/help``."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from bot.client.help import build_help
from cogs._autocomplete import LOOKUPS_PER_MEMBER, PRIVATE_HELP


class About(commands.Cog):
    """About the bot"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", extras={"example": "/about"})
    @app_commands.describe(private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def about(self, interaction: discord.Interaction[FanBot], private: bool = False) -> None:
        """What the bot knows, how fresh it is, and where its knowledge comes from."""
        answer = await self.bot.knowledge.stats()
        await self.bot.presenter.answer(interaction, answer, private=private)

    @app_commands.command(name="help", extras={"example": "/help"})
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def help(self, interaction: discord.Interaction[FanBot]) -> None:
        """Every command, grouped, with an example you can try."""
        slash_commands = [
            command
            for command in self.bot.tree.walk_commands()
            if isinstance(command, app_commands.Command)
        ]
        examples = await self.bot.knowledge.examples()
        answer = build_help(slash_commands, examples)
        await self.bot.presenter.answer(interaction, answer, private=True)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(About(bot))
