"""Where a command's answer goes: an embed reply on Discord, or text in the console.

Cogs hand every answer to the bot's presenter, and the command tree's error handler every
expected error (:mod:`bot.answers.errors`), so the very same cog callback serves a Discord
member and the offline console. The Save / Cancel buttons (:mod:`bot.client.confirm`, for a
moderator's link preview) are imported when first shown, not before READY; so are the
renderers (:mod:`bot.render.cards`, ``embeds``, ``text``): READY needs no answer drawn, and
:meth:`bot.client.fanbot.FanBot.on_connect` loads them in a worker thread once it is out.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import discord

from bot.answers import Answer
from bot.answers.errors import Busy, ExpectedError
from bot.answers.lookups import NotFound, SearchResults
from bot.client.actions import ActionPager, PageActions
from bot.client.views import OwnedView, controls
from bot.knowledge.questions import Question, ask
from bot.lazy_modules import lazy_module

if TYPE_CHECKING:
    from bot.client.confirm import Decision
    from bot.render import cards as render_cards
    from bot.render import embeds as render_embeds
    from bot.render import text as render_text
    from bot.render.common import Card
else:  # drawn at the first answer, not before READY (the module docstring says)
    render_cards = lazy_module("bot.render.cards")
    render_embeds = lazy_module("bot.render.embeds")
    render_text = lazy_module("bot.render.text")

RENDERERS = ("bot.render.cards", "bot.render.embeds")
"""What :class:`DiscordPresenter` draws answers with: loaded at READY, off the event loop."""

Interaction = discord.Interaction[Any]
GONE = "That answer is out of date: run the command again."


class Presenter(Protocol):
    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        question: Question | None = None,
        actions: PageActions | None = None,
    ) -> None:
        """Show an answer; ``private`` answers only the member who asked.

        ``question`` is what was asked, for the buttons that ask it again: page turns under a
        long answer, "Another one" under a random one. ``actions``: the buttons under each page,
        held in memory (see :mod:`bot.client.actions`). A "not found" is always private.
        """

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        """Tell the member, and only them, what failed and what to do."""

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        """Show ``answer`` (a preview) privately, with Save and Cancel for the member who asked."""


class DiscordPresenter:
    """Replies with embeds that never ping anyone; long answers get page buttons."""

    @functools.cached_property
    def _style(self) -> render_embeds.DiscordStyle:
        """Made at the first answer drawn: the renderers are not loaded before READY."""
        return render_embeds.DiscordStyle()

    def embeds(self, answer: Answer) -> list[discord.Embed]:
        return [
            render_embeds.embed_for(card) for card in render_cards.cards_for(answer, self._style)
        ]

    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        question: Question | None = None,
        actions: PageActions | None = None,
    ) -> None:
        pages = self.embeds(answer)
        index, page, count = _position(answer, len(pages), 0)
        view: discord.ui.View | None = None
        if actions and any(actions):
            view = ActionPager(interaction.user.id, pages, actions, self)
        elif question is not None:
            view = controls(interaction.user.id, question, page, count)
        private = private or isinstance(answer, NotFound)
        await self._send(interaction, pages[index], ephemeral=private, view=view)

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        card = render_cards.error_card(error, self._style)
        await self._send(interaction, render_embeds.embed_for(card), ephemeral=True)

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        from bot.client.confirm import SaveOrCancel  # noqa: PLC0415 - not loaded before READY

        view = SaveOrCancel(
            interaction.user.id, decision, lambda shown: self.embeds(shown)[0], self.error
        )
        await self._send(interaction, self.embeds(answer)[0], ephemeral=True, view=view)

    async def turn_page(self, interaction: Interaction, question: Question, page: int) -> None:
        """A page button was pressed: show that page of the answer as it is now."""
        asked = question.on_page(page)
        answer = await self._ask(interaction, asked)
        if answer is None:
            return
        pages = self.embeds(answer)
        index, page, count = _position(answer, len(pages), page)
        view = controls(interaction.user.id, asked, page, count)
        await interaction.response.edit_message(
            embed=pages[index], view=view, allowed_mentions=discord.AllowedMentions.none()
        )
        _forget(view)

    async def ask_again(self, interaction: Interaction, question: Question) -> None:
        """ "Another one" was pressed: a new reply, leaving the answer others read in place."""
        answer = await self._ask(interaction, question)
        if answer is None:
            return
        message = interaction.message
        private = bool(message and message.flags.ephemeral)
        await self.answer(interaction, answer, private=private, question=question)

    async def _ask(self, interaction: Interaction, question: Question) -> Answer | None:
        """The answer, or None once the member has been told why there is none."""
        try:
            return await ask(interaction.client.knowledge, question)
        except ValueError:  # a button from a version of the bot that asked otherwise
            await self.error(interaction, ExpectedError(GONE, title="Out of date"))
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            await self.error(interaction, Busy("The bot is busy; please press again in a moment."))
        return None

    async def _send(
        self,
        interaction: Interaction,
        embed: discord.Embed,
        *,
        ephemeral: bool,
        view: discord.ui.View | None = None,
    ) -> None:
        none = discord.AllowedMentions.none()
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        message: discord.InteractionMessage | discord.WebhookMessage | None = None
        if interaction.response.is_done():
            message = await interaction.followup.send(
                embed=embed, ephemeral=ephemeral, allowed_mentions=none, wait=True, **extra
            )
        else:
            response = await interaction.response.send_message(
                embed=embed, ephemeral=ephemeral, allowed_mentions=none, **extra
            )
            if isinstance(response.resource, discord.InteractionMessage):
                message = response.resource
        if isinstance(view, OwnedView):  # held in memory until it expires (a preview's)
            view.message = message
        else:
            _forget(view)


def _position(answer: Answer, cards: int, wanted: int) -> tuple[int, int, int]:
    """(which of the answer's cards to show, its page number, how many pages there are).

    A search is asked for one page at a time (its one card is that page); other answers are
    cut into cards, one a page.
    """
    if isinstance(answer, SearchResults):
        return 0, answer.page, answer.pages
    page = min(max(wanted, 0), cards - 1)
    return page, page, cards


def _forget(view: discord.ui.View | None) -> None:
    """Once sent, a view of dynamic buttons is not needed: its buttons find their way back by
    their custom_id. Stopping it drops the copy (and any timer) discord.py keeps per message,
    so memory does not grow with every answer."""
    if view is not None:
        with contextlib.suppress(Exception):
            view.stop()


class ConsolePresenter:
    """Writes answers as plain text, every page, for ``python -m bot ask`` and the console."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._style = render_text.TextStyle()

    async def answer(
        self,
        interaction: Interaction,
        answer: Answer,
        *,
        private: bool = False,
        question: Question | None = None,
        actions: PageActions | None = None,
    ) -> None:
        self._write(_pages_text(render_cards.cards_for(answer, self._style)))

    async def error(self, interaction: Interaction, error: ExpectedError) -> None:
        self._write(render_text.text_for(render_cards.error_card(error, self._style)))

    async def confirm(self, interaction: Interaction, answer: Answer, decision: Decision) -> None:
        self._write(_pages_text(render_cards.cards_for(answer, self._style)))
        self._write("Save and Cancel are buttons on Discord: nothing was saved here.")


def _pages_text(cards: Sequence[Card]) -> str:
    return "\n\n".join(render_text.text_for(card) for card in cards)
