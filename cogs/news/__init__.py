"""``/news``: reading the articles the bot knows, and (for news editors) adding to them.

One command group, composed of parts with separate jobs: :mod:`.reading` for every member;
:mod:`.desk` (with :mod:`.links` for articles read from a link) and :mod:`.feeds` for
moderators of the servers allowed to edit the news. Each builds on the typed base in
:mod:`.abc`, which declares what this class provides (``bot``).
"""

from __future__ import annotations

from discord.ext import commands

from bot.client.fanbot import FanBot
from cogs.news.abc import CompositeMetaClass
from cogs.news.desk import NewsDesk
from cogs.news.feeds import NewsFeeds
from cogs.news.reading import NewsReading


class News(
    NewsReading,
    NewsDesk,
    NewsFeeds,
    commands.GroupCog,
    metaclass=CompositeMetaClass,
    group_name="news",
):
    """The news the bot has read."""

    def __init__(self, bot: FanBot) -> None:
        self.bot = bot
        super().__init__()


async def setup(bot: FanBot) -> None:
    await bot.add_cog(News(bot))
