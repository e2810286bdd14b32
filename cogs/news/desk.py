"""``/news add`` and ``/news remove``: news editors write article files into the seeds folder.

Only moderators (Manage Server, or the moderator role) of the servers the operator lists in
``NEWS_EDITOR_GUILD_IDS`` may edit the news; everywhere else the commands say the news is
managed by the bot's operator.
What each command does is :mod:`bot.moderation.news_editing`; every answer is private.
``/news add url:`` without a body reads the article from the link instead (:mod:`.links`);
``/news add`` with neither opens a form with a paragraph field for the text.
The editing modules, the form and :mod:`.links` are imported when a command first uses them
(:func:`bot.lazy_modules.lazy_module`): READY needs none of them, nor the article-file and
link-reading modules they bring.
"""

import datetime as dt
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.client.fanbot import FanBot
from bot.lazy_modules import lazy_module
from cogs._autocomplete import CHOICE_LIMIT, think_first
from cogs._moderation import require_moderator
from cogs.news.abc import MixinMeta

if TYPE_CHECKING:
    from bot.client import forms
    from bot.db import newsdesk as desk_queries
    from bot.moderation import news_editing, newsdesk
    from cogs.news import links
else:  # not loaded before READY
    forms = lazy_module("bot.client.forms")
    desk_queries = lazy_module("bot.db.newsdesk")
    news_editing = lazy_module("bot.moderation.news_editing")
    newsdesk = lazy_module("bot.moderation.newsdesk")
    links = lazy_module("cogs.news.links")


class NewsDesk(MixinMeta):
    """Adding and retracting articles (moderators of the news-editing servers)."""

    @app_commands.command(name="add", extras={"moderators": True, "example": "/news add"})
    @app_commands.describe(
        title="The headline (from a link: the page's, unless given)",
        body="The article's text; its first sentence is the summary",
        url="Where the news comes from; with no body, the article is read from it",
        date="The article's date, YYYY-MM-DD (default: the page's, else today)",
    )
    async def add(
        self,
        interaction: discord.Interaction[FanBot],
        title: app_commands.Range[str, 1, 300] | None = None,
        body: app_commands.Range[str, 1, 4000] | None = None,
        url: app_commands.Range[str, 1, 500] | None = None,
        date: app_commands.Range[str, 10, 10] | None = None,
    ) -> None:
        """Add a news article, or read one from a link (moderators of the news-editing servers)."""
        guild = await require_moderator(interaction, self.bot)
        news_editing.check_editor(self.bot.settings.news_editor_guild_ids, guild.id)
        if body is None and url is None:  # a form, with a paragraph field for the text
            form = forms.ArticleForm(self._add_from_form, title=title or "", date=date or "")
            await interaction.response.send_modal(form)
            return
        if body is None:
            await links.add_from_link(self.bot, interaction, guild, url, title=title, date=date)
            return
        await self._write(interaction, title or "", body, url, date)

    async def _add_from_form(
        self, interaction: discord.Interaction[Any], fields: "forms.ArticleFields"
    ) -> None:
        await self._write(
            interaction, fields.title, fields.body, fields.url or None, fields.date or None
        )

    async def _write(
        self,
        interaction: discord.Interaction[Any],
        title: str,
        body: str,
        url: str | None,
        date: str | None,
    ) -> None:
        """Write the article, checking again who asks: a form is submitted later."""
        guild = await require_moderator(interaction, self.bot)
        settings = self.bot.settings
        news_editing.check_editor(settings.news_editor_guild_ids, guild.id)
        today = dt.datetime.now(dt.UTC).date()
        draft = news_editing.draft_article(title, body, url, date, today)
        await think_first(interaction, private=True)  # extraction and the database take time
        answer = await news_editing.add_article(
            self.bot.db, settings.seeds_dir, draft, guild.id, interaction.user.id
        )
        await self.bot.presenter.answer(interaction, answer, private=True)

    @app_commands.command(name="remove", extras={"moderators": True})
    @app_commands.describe(article="The article to retract (only ones added with /news add)")
    async def remove(
        self,
        interaction: discord.Interaction[FanBot],
        article: app_commands.Range[str, 1, 300],
    ) -> None:
        """Retract an article moderators added (moderators of the news-editing servers)."""
        guild = await require_moderator(interaction, self.bot)
        settings = self.bot.settings
        news_editing.check_editor(settings.news_editor_guild_ids, guild.id)
        await think_first(interaction, private=True)  # the database may be busy
        answer = await news_editing.remove_article(self.bot.db, settings.seeds_dir, article)
        if self.bot.news_alerts is not None:
            self.bot.news_alerts.delivery.wake()  # its alerts are to be marked retracted
        await self.bot.presenter.answer(interaction, answer, private=True)

    @remove.autocomplete("article")
    async def desk_article_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id not in self.bot.settings.news_editor_guild_ids:
            return []
        return [
            app_commands.Choice(
                name=newsdesk.one_line(a.title)[:CHOICE_LIMIT] or a.file_name[:CHOICE_LIMIT],
                value=a.file_name,
            )
            for a in await desk_queries.desk_articles(self.bot.db, current)
        ]
