"""Where a command's answer goes: an embed reply on Discord, or text in the console.

Cogs hand every answer and error to the bot's presenter, so the very same cog callback serves
a Discord member and the offline console.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import discord

from bot.answers import Answer
from bot.render.cards import Card, card_for, error_card
from bot.render.embeds import DiscordStyle, embed_for
from bot.render.text import TextStyle, text_for

Interaction = discord.Interaction[Any]


class Presenter(Protocol):
    async def answer(
        self, interaction: Interaction, answer: Answer, *, private: bool = False
    ) -> None:
        """Show an answer; ``private`` answers only the member who asked."""

    async def error(self, interaction: Interaction, message: str) -> None:
        """Tell the member, and only them, that something failed and what to do."""


class DiscordPresenter:
    """Replies with embeds that never ping anyone."""

    def __init__(self) -> None:
        self._style = DiscordStyle()

    async def answer(
        self, interaction: Interaction, answer: Answer, *, private: bool = False
    ) -> None:
        await self._send(interaction, card_for(answer, self._style), ephemeral=private)

    async def error(self, interaction: Interaction, message: str) -> None:
        await self._send(interaction, error_card(message), ephemeral=True)

    async def _send(self, interaction: Interaction, card: Card, *, ephemeral: bool) -> None:
        embed = embed_for(card)
        none = discord.AllowedMentions.none()
        if interaction.response.is_done():
            await interaction.followup.send(embed=embed, ephemeral=ephemeral, allowed_mentions=none)
        else:
            await interaction.response.send_message(
                embed=embed, ephemeral=ephemeral, allowed_mentions=none
            )


class ConsolePresenter:
    """Writes answers as plain text, for ``python -m bot ask`` and the console."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._style = TextStyle()

    async def answer(
        self, interaction: Interaction, answer: Answer, *, private: bool = False
    ) -> None:
        self._write(text_for(card_for(answer, self._style)))

    async def error(self, interaction: Interaction, message: str) -> None:
        self._write(text_for(error_card(message)))
