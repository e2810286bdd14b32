"""Forms (Discord modals): a bigger place to type than a slash command's one-line options.

``/news add`` with neither its text nor a link to read it from opens :class:`ArticleForm`,
whose body is a paragraph field: an article's paragraphs keep their line breaks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
import msgspec

from bot.client.fanbot import explain_failure


class ArticleFields(msgspec.Struct, frozen=True):
    """What the form holds; empty text for an optional field left empty."""

    title: str
    body: str
    url: str
    date: str


Submit = Callable[[discord.Interaction[Any], ArticleFields], Awaitable[None]]


class ArticleForm(discord.ui.Modal, title="Add a news article"):
    """Headline, text (paragraphs), link and date: what ``/news add`` takes as options."""

    headline: discord.ui.TextInput[ArticleForm] = discord.ui.TextInput(
        label="Headline", custom_id="title", max_length=300
    )
    body: discord.ui.TextInput[ArticleForm] = discord.ui.TextInput(
        label="Text (its first sentence is the summary)",
        custom_id="body",
        style=discord.TextStyle.paragraph,
        max_length=4000,
    )
    url: discord.ui.TextInput[ArticleForm] = discord.ui.TextInput(
        label="Link (optional)", custom_id="url", required=False, max_length=500
    )
    date: discord.ui.TextInput[ArticleForm] = discord.ui.TextInput(
        label="Date, YYYY-MM-DD (optional: today)",
        custom_id="date",
        required=False,
        min_length=10,
        max_length=10,
    )

    def __init__(self, submit: Submit, *, title: str = "", date: str = "") -> None:
        super().__init__()
        self._submit = submit
        self.headline.default, self.date.default = title, date

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        fields = ArticleFields(
            self.headline.value.strip(),
            self.body.value,
            self.url.value.strip(),
            self.date.value.strip(),
        )
        await self._submit(interaction, fields)

    async def on_error(  # type: ignore[override]  # discord.py's Modal narrows its View's
        self, interaction: discord.Interaction[Any], error: Exception, /
    ) -> None:
        await explain_failure(interaction, error, "form /news add")
