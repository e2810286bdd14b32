"""Buttons that act: Approve and Reject under a held fact, Undo under a correction.

A command hands the presenter, with its answer, the :class:`Action` buttons of each page. Only
the member who ran the command may press them; pressing one runs the action, which checks the
member's right again (it may have been taken away since), and shows its answer privately.
Once done, the action's group (Approve and Reject of one fact) is disabled.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import discord
import msgspec

from bot.answers import Answer
from bot.answers.errors import BUSY, UNEXPECTED, ActionFailed, Busy, ExpectedError
from bot.client.views import OwnedView
from bot.db.connection import is_locked_error

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
BUTTONS_PER_ROW = 5
ACTION_ROWS = 4
"""Rows left for actions under the page buttons (Discord allows five rows)."""


class Action(msgspec.Struct, frozen=True):
    """A button under one page: ``run`` does what it says and returns the answer to show."""

    label: str
    run: Callable[[Interaction], Awaitable[Answer]]
    group: str
    """Actions of one group are done together: once one succeeds, they are all disabled."""
    danger: bool = False


PageActions = Sequence[Sequence[Action]]
"""The actions of each page of an answer, in page order."""


class Shows(Protocol):
    """What shows an action's outcome (the presenter)."""

    async def answer(self, interaction: Interaction, answer: Answer, *, private: bool) -> None: ...

    async def error(self, interaction: Interaction, error: ExpectedError) -> None: ...


class ActionPager(OwnedView):
    """The pages of one answer, each with its own action buttons (and page buttons if many)."""

    def __init__(
        self,
        owner_id: int,
        pages: Sequence[discord.Embed],
        actions: PageActions,
        shows: Shows,
    ) -> None:
        super().__init__(owner_id)
        self.pages = list(pages)
        self.actions = [list(page) for page in actions]
        self.index = 0
        self.done: set[str] = set()
        self._shows = shows
        self._previous = self._page_button("◀ Previous", -1)
        self._next = self._page_button("Next ▶", 1)
        self._arrange()

    def _page_button(self, label: str, step: int) -> discord.ui.Button[ActionPager]:
        button: discord.ui.Button[ActionPager] = discord.ui.Button(
            label=label, style=discord.ButtonStyle.secondary, row=0
        )

        async def turn(interaction: Interaction) -> None:
            self.index = max(0, min(self.index + step, len(self.pages) - 1))
            self._arrange()
            await interaction.response.edit_message(embed=self.pages[self.index], view=self)

        button.callback = turn  # type: ignore[method-assign]
        return button

    def _arrange(self) -> None:
        """The buttons for the page shown: page turning (if needed), then its actions."""
        self.clear_items()
        if len(self.pages) > 1:
            self._previous.disabled = self.index == 0
            self._next.disabled = self.index == len(self.pages) - 1
            self.add_item(self._previous)
            self.add_item(self._next)
        page = self.actions[self.index] if self.index < len(self.actions) else []
        first_row = 1 if len(self.pages) > 1 else 0
        for position, action in enumerate(page[: BUTTONS_PER_ROW * ACTION_ROWS]):
            button: discord.ui.Button[ActionPager] = discord.ui.Button(
                label=action.label,
                style=discord.ButtonStyle.danger if action.danger else discord.ButtonStyle.success,
                disabled=action.group in self.done,
                row=first_row + position // BUTTONS_PER_ROW,
            )
            button.callback = self._pressing(action)  # type: ignore[method-assign, assignment]
            self.add_item(button)

    def _pressing(self, action: Action) -> Callable[[Interaction], Awaitable[None]]:
        async def press(interaction: Interaction) -> None:
            await interaction.response.defer()  # the action writes to the database
            try:
                answer = await action.run(interaction)
            except ExpectedError as error:
                await self._shows.error(interaction, error)
                return
            except sqlite3.OperationalError as error:
                if not is_locked_error(error):
                    raise
                await self._shows.error(interaction, Busy(BUSY))
                return
            self.done.add(action.group)
            self._arrange()
            await interaction.edit_original_response(view=self)
            await self._shows.answer(interaction, answer, private=True)

        return press

    async def on_error(
        self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.error("a button failed for user %s", interaction.user.id, exc_info=error)
        failed = ActionFailed(UNEXPECTED, title="Something went wrong")
        try:
            await self._shows.error(interaction, failed)
        except discord.HTTPException:
            log.warning("could not tell the member about a failed button", exc_info=True)
