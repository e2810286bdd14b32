"""Who plays whom: ``/who-plays``."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import FanBot
from cogs._autocomplete import name_choices


class Cast(commands.Cog):
    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="who-plays")
    @app_commands.describe(character="The character, e.g. a first name; small typos are fine")
    async def who_plays(
        self,
        interaction: discord.Interaction[FanBot],
        character: app_commands.Range[str, 1, 100],
    ) -> None:
        """Who plays a character in the film, and who played them before."""
        answer = await self.bot.knowledge.who_plays(character)
        await self.bot.presenter.answer(interaction, answer)

    @who_plays.autocomplete("character")
    async def character_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.character_index(), current)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Cast(bot))
