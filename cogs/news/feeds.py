"""``/news follow``, ``/news feeds``, ``/news unfollow``: the outlets' feeds the bot follows.

Like ``/news add``, only moderators (Manage Server, or the moderator role) of the servers listed in
``NEWS_EDITOR_GUILD_IDS`` manage feeds, since every server gets their articles' alerts. What
each command does is :mod:`bot.feeds.following`; every answer is private. It, the editors'
check and the feeds' queries are imported when a command first uses them
(:func:`bot.lazy_modules.lazy_module`): READY needs none of them.
"""

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.answers.errors import ActionFailed
from bot.client.fanbot import FanBot
from bot.config import FEED_INTERVAL_MINUTES_RANGE
from bot.lazy_modules import lazy_module
from cogs._autocomplete import CHOICE_LIMIT, think_first
from cogs._moderation import require_moderator
from cogs.news.abc import MixinMeta

if TYPE_CHECKING:
    from bot.db import feeds as feed_queries
    from bot.feeds import following
    from bot.moderation import news_editing
else:  # not loaded before READY
    feed_queries = lazy_module("bot.db.feeds")
    following = lazy_module("bot.feeds.following")
    news_editing = lazy_module("bot.moderation.news_editing")

_LOW, _HIGH = FEED_INTERVAL_MINUTES_RANGE


class NewsFeeds(MixinMeta):
    """Following outlets' RSS and Atom feeds (moderators of the news-editing servers)."""

    async def _check_feed_editor(self, interaction: discord.Interaction[FanBot]) -> discord.Guild:
        guild = await require_moderator(interaction, self.bot)
        news_editing.check_editor(self.bot.settings.news_editor_guild_ids, guild.id)
        return guild

    @app_commands.command(name="follow", extras={"moderators": True})
    @app_commands.describe(
        feed="The RSS or Atom feed's address (https://...)",
        every=f"Check it every this many minutes ({_LOW} to {_HIGH}; default 15)",
    )
    async def follow(
        self,
        interaction: discord.Interaction[FanBot],
        feed: app_commands.Range[str, 1, 500],
        every: app_commands.Range[int, _LOW, _HIGH] | None = None,
    ) -> None:
        """Follow a news feed: each new article in it is added (news-editing servers)."""
        guild = await self._check_feed_editor(interaction)
        if self.bot.web is None:
            raise ActionFailed("This bot was started without reading links; ask its operator.")
        await think_first(interaction, private=True)  # the feed is read once first
        answer = await following.follow(
            self.bot.db,
            self.bot.web,
            feed,
            every or self.bot.settings.feed_interval_minutes,
            guild_id=guild.id,
            user_id=interaction.user.id,
        )
        if self.bot.feeds is not None:
            self.bot.feeds.wake()
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="feeds", extras={"moderators": True})
    async def feeds(self, interaction: discord.Interaction[FanBot]) -> None:
        """The feeds followed, their last and next check and errors (news-editing servers)."""
        await self._check_feed_editor(interaction)
        answer = await following.feeds(self.bot.db)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="unfollow", extras={"moderators": True})
    @app_commands.describe(feed="The feed to stop following")
    async def unfollow(
        self,
        interaction: discord.Interaction[FanBot],
        feed: app_commands.Range[str, 1, 500],
    ) -> None:
        """Stop following a news feed; its articles stay (news-editing servers)."""
        await self._check_feed_editor(interaction)
        answer = await following.unfollow(self.bot.db, feed)
        await self.bot.presenter.answer(interaction, answer, private=True)

    @unfollow.autocomplete("feed")
    async def feed_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id not in self.bot.settings.news_editor_guild_ids:
            return []
        return [
            app_commands.Choice(name=(title or url)[:CHOICE_LIMIT], value=url)
            for url, title in await feed_queries.feed_choices(self.bot.db, current)
            if len(url) <= CHOICE_LIMIT
        ]
