"""What people said: ``/quote``."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import FanBot
from cogs._autocomplete import name_choices


class Quotes(commands.Cog):
    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote")
    @app_commands.describe(
        person="Only quotes from this person (full name or surname)",
        about="Only quotes containing these words",
    )
    async def quote(
        self,
        interaction: discord.Interaction[FanBot],
        person: app_commands.Range[str, 1, 100] | None = None,
        about: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """A random quote from the news, with who said it and where."""
        answer = await self.bot.knowledge.quote(person=person, about=about)
        await self.bot.presenter.answer(interaction, answer)

    @quote.autocomplete("person")
    async def person_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.people_index(), current)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Quotes(bot))
