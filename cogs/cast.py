"""People in the film: ``/who-plays``, ``/who-is``, ``/cast``, ``/crew``."""

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.lookups import CastOrder
from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from bot.knowledge.questions import Asked, Question
from cogs._autocomplete import (
    LOOKUPS_PER_MEMBER,
    PRIVATE_HELP,
    name_choices,
    think_first,
)


class Cast(commands.Cog):
    """Who is who"""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="who-plays",
        extras={
            "example": "/who-plays {character}",
            "examples": ("/who-plays {character} private:True",),
        },
    )
    @app_commands.describe(
        character="The character, e.g. a first name; small typos are fine", private=PRIVATE_HELP
    )
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def who_plays(
        self,
        interaction: discord.Interaction[FanBot],
        character: app_commands.Range[str, 1, 100],
        private: bool = False,
    ) -> None:
        """Who plays a character in the film, and who played them before."""
        answer = await self.bot.knowledge.who_plays(character)
        await self.bot.presenter.answer(interaction, answer, private=private)

    @who_plays.autocomplete("character")
    async def character_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.character_index(), current)

    @app_commands.command(
        name="who-is",
        extras={"example": "/who-is {actor}", "examples": ("/who-is {speaker}",)},
    )
    @app_commands.describe(actor="A person in the cast or crew", private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def who_is(
        self,
        interaction: discord.Interaction[FanBot],
        actor: app_commands.Range[str, 1, 100],
        private: bool = False,
    ) -> None:
        """The roles and credits of someone in the cast or crew."""
        answer = await self.bot.knowledge.who_is(actor)
        question = Question(Asked.WHO_IS, (getattr(answer, "person", actor),))
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)

    @who_is.autocomplete("actor")
    async def person_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return name_choices(await self.bot.knowledge.people_index(), current)

    @app_commands.command(name="cast", extras={"example": "/cast order:alphabetical"})
    @app_commands.describe(order="Newest casting first (default) or A to Z", private=PRIVATE_HELP)
    @member_cooldown(3, 30.0)
    async def cast(
        self,
        interaction: discord.Interaction[FanBot],
        order: CastOrder = CastOrder.NEWEST,
        private: bool = False,
    ) -> None:
        """The whole cast: every character and who plays them."""
        await think_first(interaction, private=private)  # the whole cast can take a while
        answer = await self.bot.knowledge.cast(order)
        question = Question(Asked.CAST, (order.value,))
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)

    @app_commands.command(name="crew", extras={"example": "/crew"})
    @app_commands.describe(private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def crew(self, interaction: discord.Interaction[FanBot], private: bool = False) -> None:
        """Who makes the film: director, writers, producers and other credits."""
        answer = await self.bot.knowledge.crew()
        question = Question(Asked.CREW)
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)


async def setup(bot: FanBot) -> None:
    await bot.add_cog(Cast(bot))
