"""``/news add`` and ``/news remove``: news editors write article files into the seeds folder.

The seeds folder feeds every server the bot is in, so only moderators (Manage Server) of the
servers the operator lists in ``NEWS_EDITOR_GUILD_IDS`` may edit the news; everywhere else the
commands say the news is managed by the bot's operator. The file goes through the same
pipeline as one dropped in by hand: the watcher reads it and the alerts go out.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Sequence

import discord
from discord import app_commands

from bot.client.fanbot import FanBot
from bot.facts import ArticleFacts
from bot.moderation.newsdesk import (
    DraftArticle,
    NewsDeskError,
    describe_write_error,
    desk_articles,
    find_desk_article,
    forget_desk_article,
    one_line,
    record_desk_article,
    remove_article_file,
    write_article,
)
from bot.render.common import Card, Field, Style, Tone, in_words, shorten
from bot.render.embeds import DiscordStyle
from cogs._autocomplete import think_first
from cogs._moderation import reply, require_manage_guild

_URL = re.compile(r"^https?://[^\s<>\"']+$")
_MAX_LISTED = 10
OPERATOR_ONLY = (
    "News is managed by the bot's operator: articles can only be added from the servers "
    "they chose. Your members still get alerts for every article."
)


class NewsDesk:
    bot: FanBot

    def _check_editor(self, interaction: discord.Interaction[FanBot]) -> discord.Guild | None:
        """The server if it may edit news; None when it may not (the caller explains)."""
        guild = require_manage_guild(interaction)
        if guild.id not in self.bot.settings.news_editor_guild_ids:
            return None
        return guild

    @app_commands.command(name="add")
    @app_commands.describe(
        title="The headline",
        body="The article's text; its first sentence is the summary",
        url="Where the news comes from (a link)",
        date="The article's date, YYYY-MM-DD (default: today)",
    )
    async def add(
        self,
        interaction: discord.Interaction[FanBot],
        title: app_commands.Range[str, 1, 300],
        body: app_commands.Range[str, 1, 4000],
        url: app_commands.Range[str, 1, 500] | None = None,
        date: app_commands.Range[str, 10, 10] | None = None,
    ) -> None:
        """Add a news article (moderators of the news-editing servers)."""
        style = DiscordStyle()
        guild = self._check_editor(interaction)
        if guild is None:
            await reply(interaction, Card("Not here", OPERATOR_ONLY, tone=Tone.NOTICE))
            return
        problem = _validate(title, url, date)
        if problem:
            await reply(interaction, Card("Can't add that", problem, tone=Tone.NOTICE))
            return
        when = dt.date.fromisoformat(date) if date else dt.datetime.now(dt.UTC).date()
        draft = DraftArticle(title, body, when, url)
        await think_first(interaction, private=True)  # extraction and the database take time
        try:
            written = await asyncio.to_thread(write_article, self.bot.settings.seeds_dir, draft)
        except NewsDeskError as error:
            await reply(interaction, Card("Can't add that", f"{error}", tone=Tone.NOTICE))
            return
        except OSError as error:
            await reply(
                interaction, Card("Not saved", describe_write_error(error), tone=Tone.NOTICE)
            )
            return
        headline = written.parsed.article.title or one_line(title)
        try:
            await record_desk_article(
                self.bot.db, written.file_name, headline, guild.id, interaction.user.id
            )
        except Exception:
            # Not recorded (e.g. the database is locked): take the file back, so that "try
            # again" cannot leave two copies, one of them impossible to remove from Discord.
            await asyncio.to_thread(
                remove_article_file, self.bot.settings.seeds_dir, written.file_name
            )
            raise
        card = Card(
            f"Added: {style.plain(headline)}",
            f"Saved as `{written.file_name}`. Subscribed servers get an alert in a moment.",
            facts_fields(written.facts, style),
        )
        await reply(interaction, card)

    @app_commands.command(name="remove")
    @app_commands.describe(article="The article to retract (only ones added with /news add)")
    async def remove(
        self,
        interaction: discord.Interaction[FanBot],
        article: app_commands.Range[str, 1, 300],
    ) -> None:
        """Retract an article moderators added (moderators of the news-editing servers)."""
        style = DiscordStyle()
        if self._check_editor(interaction) is None:
            await reply(interaction, Card("Not here", OPERATOR_ONLY, tone=Tone.NOTICE))
            return
        await think_first(interaction, private=True)  # the database may be busy
        found = await find_desk_article(self.bot.db, article)
        if found is None:
            await reply(
                interaction,
                Card(
                    "Not found",
                    f"No article added with /news add is called “{style.echo(article)}”. "
                    "Articles the operator put in the seeds folder can only be removed there.",
                    tone=Tone.NOTICE,
                ),
            )
            return
        try:
            await asyncio.to_thread(
                remove_article_file, self.bot.settings.seeds_dir, found.file_name
            )
        except NewsDeskError as error:
            await reply(interaction, Card("Can't remove that", f"{error}", tone=Tone.NOTICE))
            return
        except OSError as error:
            await reply(
                interaction, Card("Not removed", describe_write_error(error), tone=Tone.NOTICE)
            )
            return
        await forget_desk_article(self.bot.db, found.file_name)
        await reply(
            interaction,
            Card("Removed", f"“{style.plain(found.title)}” and its facts are retracted."),
        )

    @remove.autocomplete("article")
    async def article_choices(
        self, interaction: discord.Interaction[FanBot], current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id not in self.bot.settings.news_editor_guild_ids:
            return []
        return [
            app_commands.Choice(
                name=one_line(a.title)[:100] or a.file_name[:100], value=a.file_name
            )
            for a in await desk_articles(self.bot.db, current)
        ]


def _validate(title: str, url: str | None, date: str | None) -> str | None:
    if not one_line(title):
        return "The title is empty."
    if url is not None and not _URL.match(url):
        return "The link must start with http:// or https:// and contain no spaces."
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            return f"“{DiscordStyle().echo(date)}” is not a date like 2025-04-28."
    return None


def facts_fields(facts: ArticleFacts, style: Style) -> tuple[Field, ...]:
    """What the extractor found, for the moderator to check."""
    fields = []
    cast = [f"{style.strong(c.actor)} as {style.strong(c.character)}" for c in facts.cast]
    crew = [f"{style.strong(c.name)}, {in_words(c.role)}" for c in facts.crew]
    release = [_release_line(r.kind.value, r.date, r.window, r.title) for r in facts.release]
    quotes = [
        f"“{style.plain(shorten(q.text, 150))}” — {style.plain(q.speaker)}" for q in facts.quotes
    ]
    for name, lines in (("Cast", cast), ("Crew", crew), ("Release", release), ("Quotes", quotes)):
        if lines:
            fields.append(Field(name, _listed(lines)))
    if not fields:
        fields.append(Field("Facts found", "None: it will be a plain news alert."))
    return tuple(fields)


def _release_line(kind: str, date: dt.date | None, window: str | None, title: str | None) -> str:
    value = date.isoformat() if date else window or title or ""
    return f"{in_words(kind)}: {value}".rstrip(": ")


def _listed(lines: Sequence[str]) -> str:
    shown = list(lines[:_MAX_LISTED])
    if len(lines) > _MAX_LISTED:
        shown.append(f"and {len(lines) - _MAX_LISTED} more")
    return "\n".join(f"• {line}" for line in shown)
