"""``/news add url:`` with no body: the article is read from the link, previewed, then saved.

The moderator sees what the bot would learn from the page, privately, with Save and Cancel
buttons only they can press (:mod:`bot.client.confirm`). Save writes the article file as
``/news add`` does, so the usual alert follows; Cancel writes nothing. What reading and saving
do is :mod:`bot.moderation.links`.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import discord

from bot.answers.errors import ActionFailed, InvalidInput
from bot.answers.web import LinkDropped
from bot.client.confirm import Decision
from bot.client.fanbot import FanBot
from bot.moderation.links import read_link, save_link
from bot.moderation.news_editing import CANT_ADD
from cogs._autocomplete import think_first


async def add_from_link(
    bot: FanBot,
    interaction: discord.Interaction[FanBot],
    guild: discord.Guild,
    url: str | None,
    *,
    title: str | None,
    date: str | None,
) -> None:
    """Read the article at ``url`` and show its preview with Save / Cancel (the caller has
    checked that the member may edit the news here)."""
    if url is None:
        raise InvalidInput(
            "Give the article's text (body), or a link (url) to read it from.", title=CANT_ADD
        )
    if bot.web is None:
        raise ActionFailed("This bot was started without reading links; ask its operator.")
    await think_first(interaction, private=True)  # a page may take seconds to arrive
    today = dt.datetime.now(dt.UTC).date()
    link = await read_link(bot.db, bot.web, url, today, title=title, date=date)
    save = partial(save_link, bot.db, bot.settings.seeds_dir, link, guild.id, interaction.user.id)
    decision = Decision(save=save, cancelled=LinkDropped(link.preview.headline))
    await bot.presenter.confirm(interaction, link.preview, decision)
