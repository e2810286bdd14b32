"""Cards as Discord embeds, within Discord's limits.

Dates without a time of day are text, the same day for every member (see
:mod:`bot.render.dates`); only real instants are Discord timestamps, shown in each member's
own time zone.
"""

from __future__ import annotations

import datetime as dt

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.answers.lookups import HIGHLIGHT_END, HIGHLIGHT_START
from bot.render.common import Card, Tone, shorten
from bot.render.dates import long_date

COLOURS = {
    Tone.ANSWER: discord.Colour.from_rgb(232, 93, 117),
    Tone.NOTICE: discord.Colour.gold(),
    Tone.ERROR: discord.Colour.red(),
}
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000
ECHO_LIMIT = 200


class DiscordStyle:
    """Dates as text, instants as Discord timestamps; names and echoed text escaped so
    nothing is executed."""

    def date(self, value: dt.date) -> str:
        return long_date(value)

    def moment(self, value: dt.datetime) -> str:
        stamp = int(value.timestamp())
        return f"<t:{stamp}:f>, <t:{stamp}:R>"

    def strong(self, text: str) -> str:
        return f"**{self.plain(text)}**"

    def plain(self, text: str) -> str:
        return escape_mentions(escape_markdown(text))

    def echo(self, text: str) -> str:
        return self.plain(shorten(text, ECHO_LIMIT))

    def highlight(self, snippet: str) -> str:
        escaped = self.plain(snippet)
        return escaped.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")

    def link(self, text: str, url: str) -> str:
        # Brackets in the address would end the masked link early.
        safe = url.replace("(", "%28").replace(")", "%29")
        return f"[{text}]({safe})"


def embed_for(card: Card) -> discord.Embed:
    """The card as one embed; long parts are shortened, never rejected by Discord."""
    embed = discord.Embed(
        title=shorten(card.title, TITLE_LIMIT),
        description=shorten(card.description, DESCRIPTION_LIMIT) or None,
        colour=COLOURS[card.tone],
        url=card.url,
    )
    # The date goes beside the footer as text, where an embed's timestamp would show it moved
    # into each member's time zone (a day off for some).
    footer = " · ".join(part for part in (card.footer, _as_of(card)) if part)
    if footer:
        embed.set_footer(text=shorten(footer, FOOTER_LIMIT))
    for field in card.fields[:FIELD_COUNT_LIMIT]:
        name = shorten(field.name, FIELD_NAME_LIMIT)
        value = shorten(field.value, FIELD_VALUE_LIMIT) or "\u200b"
        if len(embed) + len(name) + len(value) > TOTAL_LIMIT:
            break
        embed.add_field(name=name, value=value, inline=field.inline)
    return embed


def _as_of(card: Card) -> str:
    return long_date(card.as_of) if card.as_of else ""
