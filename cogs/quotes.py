"""What people said: ``/quote``."""

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.lookups import QuoteAnswer
from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from bot.knowledge.questions import Asked, Question
from cogs._autocomplete import PRIVATE_HELP, name_choices


class Quotes(commands.Cog):
    """Quotes"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="quote",
        extras={"example": "/quote person:{speaker}", "examples": ("/quote", "/quote id:{quote}")},
    )
    @app_commands.describe(
        person="Only quotes from this person (full name or surname)",
        about="Only quotes containing these words",
        number="A quote's number, shown above every quote",
        private=PRIVATE_HELP,
    )
    @app_commands.rename(number="id")
    @member_cooldown(5, 30.0)
    async def quote(
        self,
        interaction: discord.Interaction[FanBot],
        person: app_commands.Range[str, 1, 100] | None = None,
        about: app_commands.Range[str, 1, 100] | None = None,
        number: app_commands.Range[int, 1] | None = None,
        private: bool = False,
    ) -> None:
        """A random quote from the news, with who said it and where."""
        answer = await self.bot.knowledge.quote(person=person, about=about, number=number)
        question = None
        if number is None and isinstance(answer, QuoteAnswer):  # "Another one" asks again
            question = Question(Asked.QUOTE, (person or "", about or ""))
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)

    @quote.autocomplete("person")
    async def person_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.speaker_index(), current)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Quotes(bot))
