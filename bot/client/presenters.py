"""Where a command's answer goes: an embed reply on Discord, or text in the console.

Cogs hand every answer to the bot's presenter, and the command tree's error handler every
expected error (:mod:`bot.answers.errors`), so the very same cog callback serves a Discord
member and the offline console.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import discord

from bot.answers import Answer
from bot.answers.errors import ExpectedError
from bot.client.actions import ActionPager, PageActions
from bot.client.confirm import Decision, SaveOrCancel
from bot.client.views import AnotherOne, OwnedView, Pager
from bot.render.cards import cards_for, error_card
from bot.render.common import Card
from bot.render.embeds import DiscordStyle, embed_for
from bot.render.text import TextStyle, text_for

Interaction = discord.Interaction[Any]
Refetch = Callable[[], Awaitable[Answer]]
"""Asks the same question again (for an "Another one" button)."""

log = logging.getLogger(__name__)


class Presenter(Protocol):
    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        another: Refetch | None = None,
        actions: PageActions | None = None,
    ) -> None:
        """Show an answer; ``private`` answers only the member who asked. ``actions``: the
        buttons under each page (see :mod:`bot.client.actions`)."""

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        """Tell the member, and only them, what failed and what to do."""

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        """Show ``answer`` (a preview) privately, with Save and Cancel for the member who asked."""


class DiscordPresenter:
    """Replies with embeds that never ping anyone; long answers get page buttons."""

    def __init__(self) -> None:
        self._style = DiscordStyle()

    def embeds(self, answer: Answer) -> list[discord.Embed]:
        return [embed_for(card) for card in cards_for(answer, self._style)]

    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        another: Refetch | None = None,
        actions: PageActions | None = None,
    ) -> None:
        pages = self.embeds(answer)
        view: OwnedView | None = None
        if actions and any(actions):
            view = ActionPager(interaction.user.id, pages, actions, self)
        elif len(pages) > 1:
            view = Pager(interaction.user.id, pages)
        elif another is not None:

            async def fresh() -> Sequence[discord.Embed]:
                return self.embeds(await another())

            view = AnotherOne(interaction.user.id, fresh)
        await self._send(interaction, pages[0], ephemeral=private, view=view)

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        await self._send(interaction, embed_for(error_card(error, self._style)), ephemeral=True)

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        view = SaveOrCancel(
            interaction.user.id, decision, lambda shown: self.embeds(shown)[0], self.error
        )
        await self._send(interaction, self.embeds(answer)[0], ephemeral=True, view=view)

    async def _send(
        self,
        interaction: Interaction,
        embed: discord.Embed,
        *,
        ephemeral: bool,
        view: OwnedView | None = None,
    ) -> None:
        none = discord.AllowedMentions.none()
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        if interaction.response.is_done():
            message = await interaction.followup.send(
                embed=embed, ephemeral=ephemeral, allowed_mentions=none, wait=True, **extra
            )
            if view is not None:
                view.message = message
            return
        response = await interaction.response.send_message(
            embed=embed, ephemeral=ephemeral, allowed_mentions=none, **extra
        )
        if view is not None and isinstance(response.resource, discord.InteractionMessage):
            view.message = response.resource


class ConsolePresenter:
    """Writes answers as plain text, every page, for ``python -m bot ask`` and the console."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._style = TextStyle()

    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        another: Refetch | None = None,
        actions: PageActions | None = None,
    ) -> None:
        self._write(_pages_text(cards_for(answer, self._style)))

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        self._write(text_for(error_card(error, self._style)))

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        self._write(_pages_text(cards_for(answer, self._style)))
        self._write("Save and Cancel are buttons on Discord: nothing was saved here.")


def _pages_text(cards: Sequence[Card]) -> str:
    return "\n\n".join(text_for(card) for card in cards)
