"""Buttons under an answer: page through a long one, ask for another quote, or act on it.

Only the member who ran the command may press them; everyone else is told so privately.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

TIMEOUT_SECONDS = 300.0


class OwnedView(discord.ui.View):
    """A view that answers only the member who asked, and disables itself when it expires."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=TIMEOUT_SECONDS)
        self.owner_id = owner_id
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the member who asked can use these buttons. Run the command yourself!",
            ephemeral=True,
        )
        return False

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            # The message may be gone or its token expired: then there is nothing to tidy.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)


class Pager(OwnedView):
    """Previous / next through the pages of one answer."""

    def __init__(self, owner_id: int, pages: Sequence[discord.Embed]) -> None:
        super().__init__(owner_id)
        self.pages = list(pages)
        self.index = 0
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1
        self.position.label = f"{self.index + 1} / {len(self.pages)}"

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = index
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[index], view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, max(self.index - 1, 0))

    @discord.ui.button(label="1 / 1", style=discord.ButtonStyle.secondary, disabled=True)
    async def position(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]
    ) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]) -> None:
        await self._show(interaction, min(self.index + 1, len(self.pages) - 1))


class AnotherOne(OwnedView):
    """Replaces the answer with a fresh one from the same question."""

    def __init__(
        self, owner_id: int, fetch: Callable[[], Awaitable[Sequence[discord.Embed]]]
    ) -> None:
        super().__init__(owner_id)
        self._fetch = fetch

    @discord.ui.button(label="Another one", style=discord.ButtonStyle.primary, emoji="🔁")
    async def another(
        self, interaction: discord.Interaction[Any], _: discord.ui.Button[Any]
    ) -> None:
        pages = await self._fetch()
        await interaction.response.edit_message(embed=pages[0], view=self)
