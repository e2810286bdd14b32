"""``/news latest``, ``/news search``, ``/news show``: the archive, for every member."""

import discord
from discord import app_commands

from bot.client.cooldowns import member_cooldown
from bot.client.fanbot import FanBot
from bot.knowledge.questions import Asked, Question
from cogs._autocomplete import (
    LOOKUPS_PER_MEMBER,
    PRIVATE_HELP,
    article_choices,
    think_first,
)
from cogs.news.abc import MixinMeta


class NewsReading(MixinMeta):
    """The archive, for every member."""

    @app_commands.command(name="latest", extras={"example": "/news latest count:3"})
    @app_commands.describe(count="How many articles (1 to 25)", private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def latest(
        self,
        interaction: discord.Interaction[FanBot],
        count: app_commands.Range[int, 1, 25] = 5,
        private: bool = False,
    ) -> None:
        """The newest articles, one line each."""
        answer = await self.bot.knowledge.latest(count)
        question = Question(Asked.LATEST, (str(count),))
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)

    @app_commands.command(name="search", extras={"example": "/news search query:premiere date"})
    @app_commands.describe(query="Words to look for in the articles", private=PRIVATE_HELP)
    @member_cooldown(3, 30.0)
    async def search(
        self,
        interaction: discord.Interaction[FanBot],
        query: app_commands.Range[str, 1, 200],
        private: bool = False,
    ) -> None:
        """Search the articles, best match first, with the matching words highlighted."""
        await think_first(interaction, private=private)  # a search reads the whole archive
        answer = await self.bot.knowledge.search(query)
        question = Question.search(query)
        await self.bot.presenter.answer(interaction, answer, private=private, question=question)

    @app_commands.command(name="show", extras={"example": "/news show article:{article}"})
    @app_commands.describe(article="The article's title", private=PRIVATE_HELP)
    @member_cooldown(*LOOKUPS_PER_MEMBER)
    async def show(
        self,
        interaction: discord.Interaction[FanBot],
        article: app_commands.Range[str, 1, 200],
        private: bool = False,
    ) -> None:
        """One article: its summary and the facts the bot learnt from it."""
        answer = await self.bot.knowledge.article(article)
        await self.bot.presenter.answer(interaction, answer, private=private)

    @show.autocomplete("article")
    async def article_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await article_choices(self.bot.knowledge, current)
