"""Cards as Discord embeds, within Discord's limits, with dates in each member's time zone."""

from __future__ import annotations

import datetime as dt

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.answers.lookups import HIGHLIGHT_END, HIGHLIGHT_START
from bot.render.common import Card, Tone, shorten

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
    """Dates as Discord timestamps; names and echoed text escaped so nothing is executed."""

    def date(self, value: dt.date) -> str:
        # Noon UTC keeps the same calendar day for members from UTC-11 to UTC+11.
        moment = dt.datetime.combine(value, dt.time(12), tzinfo=dt.UTC)
        stamp = int(moment.timestamp())
        return f"<t:{stamp}:D> (<t:{stamp}:R>)"

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
    if card.footer:
        embed.set_footer(text=shorten(card.footer, FOOTER_LIMIT))
    if card.as_of:
        embed.timestamp = dt.datetime.combine(card.as_of, dt.time(12), tzinfo=dt.UTC)
    for field in card.fields[:FIELD_COUNT_LIMIT]:
        name = shorten(field.name, FIELD_NAME_LIMIT)
        value = shorten(field.value, FIELD_VALUE_LIMIT) or "\u200b"
        if len(embed) + len(name) + len(value) > TOTAL_LIMIT:
            break
        embed.add_field(name=name, value=value, inline=field.inline)
    return embed
