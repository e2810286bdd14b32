"""What people said: ``/quote``."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import Answer
from bot.answers.lookups import QuoteAnswer
from bot.client.fanbot import FanBot
from cogs._autocomplete import PRIVATE_HELP, name_choices, per_member


class Quotes(commands.Cog):
    """Quotes"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote", extras={"example": "/quote person:{speaker}"})
    @app_commands.describe(
        person="Only quotes from this person (full name or surname)",
        about="Only quotes containing these words",
        number="A quote's number, shown above every quote",
        private=PRIVATE_HELP,
    )
    @app_commands.rename(number="id")
    @app_commands.checks.cooldown(5, 30.0, key=per_member)
    async def quote(
        self,
        interaction: discord.Interaction[FanBot],
        person: app_commands.Range[str, 1, 100] | None = None,
        about: app_commands.Range[str, 1, 100] | None = None,
        number: app_commands.Range[int, 1] | None = None,
        private: bool = False,
    ) -> None:
        """A random quote from the news, with who said it and where."""

        async def ask() -> Answer:
            return await self.bot.knowledge.quote(person=person, about=about, number=number)

        answer = await ask()
        another = ask if number is None and isinstance(answer, QuoteAnswer) else None
        await self.bot.presenter.answer(interaction, answer, private=private, another=another)

    @quote.autocomplete("person")
    async def person_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.people_index(), current)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Quotes(bot))
