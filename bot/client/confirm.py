"""Save / Cancel under a preview: only the member who asked may press, and only once.

Save runs the decision's ``save`` and shows its answer in place of the preview; Cancel shows
``cancelled`` and does nothing else. An expected error from ``save`` (a full disk, an article
saved meanwhile, a database another program holds) is told to the member, and the buttons stay
for another try. Once the view times out its buttons are disabled and nothing is saved.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

import discord
import msgspec

from bot.answers import Answer
from bot.answers.errors import ActionFailed, Busy, ExpectedError
from bot.client.views import OwnedView
from bot.db.connection import is_locked_error

log = logging.getLogger(__name__)

SAVE_FAILED = "Saving failed on my side; it has been logged for the bot's operator."
BUSY = "The bot is busy updating its knowledge: nothing was saved. Press Save again in a moment."

Interaction = discord.Interaction[Any]


class Decision(msgspec.Struct, frozen=True):
    """What a preview's buttons do: ``save`` does the work and returns the answer to show (or
    raises an :class:`~bot.answers.errors.ExpectedError`); ``cancelled`` is shown on Cancel."""

    save: Callable[[], Awaitable[Answer]]
    cancelled: Answer


class SaveOrCancel(OwnedView):
    """The two buttons; ``render`` makes an answer's embed, ``tell`` shows an error privately."""

    def __init__(
        self,
        owner_id: int,
        decision: Decision,
        render: Callable[[Answer], discord.Embed],
        tell: Callable[[Interaction, ExpectedError], Awaitable[None]],
    ) -> None:
        super().__init__(owner_id)
        self._decision = decision
        self._render = render
        self._tell = tell
        self._busy = False

    async def _claim(self, interaction: Interaction) -> bool:
        """Whether this press may act: not while another press is saving, not once decided."""
        if self._busy or self.is_finished():
            await interaction.response.send_message("Already pressed: one moment.", ephemeral=True)
            return False
        self._busy = True
        return True

    @discord.ui.button(label="Save", style=discord.ButtonStyle.success)
    async def save(self, interaction: Interaction, _: discord.ui.Button[Any]) -> None:
        if not await self._claim(interaction):
            return
        try:
            await interaction.response.defer()  # saving may take a moment
            try:
                answer = await self._decision.save()
            except ExpectedError as error:
                await self._tell(interaction, error)
                return
            except sqlite3.OperationalError as error:
                if not is_locked_error(error):
                    raise
                await self._tell(interaction, Busy(BUSY))
                return
            self.stop()
            await interaction.edit_original_response(embed=self._render(answer), view=None)
        finally:
            self._busy = False

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: Interaction, _: discord.ui.Button[Any]) -> None:
        if not await self._claim(interaction):
            return
        self.stop()
        self._busy = False
        await interaction.response.edit_message(
            embed=self._render(self._decision.cancelled), view=None
        )

    async def on_error(
        self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.error(
            "a preview's button failed for user %s in guild %s",
            interaction.user.id,
            interaction.guild_id,
            exc_info=error,
        )
        try:
            await self._tell(interaction, ActionFailed(SAVE_FAILED, title="Something went wrong"))
        except discord.HTTPException:
            log.warning("could not tell the member about a failed button", exc_info=True)
