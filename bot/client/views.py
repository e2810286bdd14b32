"""Buttons under an answer: page through a long one, or ask for another quote; and the base of
buttons that hold their state in memory (a preview's Save / Cancel in :mod:`bot.client.confirm`,
a moderator's actions in :mod:`bot.client.actions`).

Page and quote buttons survive restarts: each is a discord.py dynamic item whose ``custom_id``
holds all its state (who asked, the question, the page), so a press after the bot restarted is
answered like any other; the bot keeps nothing per message in memory. Only the member who
asked may press them; everyone else is told so privately.

A ``custom_id`` is at most 100 characters: a question too long to fit (a search of many long
words) gets no buttons (:func:`controls` returns None).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any, Self

import discord

from bot.knowledge.questions import Question

CUSTOM_ID_LIMIT = 100
NOT_YOURS = "Only the member who asked can use these buttons. Run the command yourself!"
TIMEOUT_SECONDS = 300.0
"""How long an :class:`OwnedView`'s buttons work (a draft held in memory)."""
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_PREVIOUS, _POSITION, _NEXT = "<", ".", ">"


def _base36(number: int) -> str:
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = _DIGITS[digit] + text
        if not number:
            return text


class OwnedView(discord.ui.View):
    """Buttons whose state is in memory: only the member who asked may press them, and they
    are disabled when they expire (or when the bot stops: nothing is kept)."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=TIMEOUT_SECONDS)
        self.owner_id = owner_id
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            # The message may be gone or its token expired: then there is nothing to tidy.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)


class _OwnedButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"(?!)"):
    """A button only its owner may press; the state is in its custom_id."""

    owner_id: int

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        question = Question.decode(match["question"])
        if question is None:
            raise ValueError("not one of this bot's questions")
        return cls.rebuilt(int(match["owner"], 36), question, match)

    @classmethod
    def rebuilt(cls, owner_id: int, question: Question, match: re.Match[str]) -> Self:
        """The button again, from what its custom_id holds."""
        raise NotImplementedError

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False


class PageTurn(
    _OwnedButton,
    template=re.compile(
        r"fb1:pg:(?P<owner>[0-9a-z]+):(?P<page>\d+):(?P<arrow>[<.>]):(?P<question>.+)", re.DOTALL
    ),
):
    """ "◀ Previous", the page number, or "Next ▶": shows page ``page`` of the answer."""

    def __init__(
        self, owner_id: int, question: Question, page: int, arrow: str, *, label: str = ""
    ) -> None:
        self.owner_id, self.question, self.page = owner_id, question, page
        custom_id = f"fb1:pg:{_base36(owner_id)}:{page}:{arrow}:{question.encode()}"
        labels = {_PREVIOUS: "◀ Previous", _NEXT: "Next ▶"}
        super().__init__(
            discord.ui.Button(
                label=labels.get(arrow, label),
                style=discord.ButtonStyle.secondary,
                custom_id=custom_id,
                disabled=arrow == _POSITION,
            )
        )

    @classmethod
    def rebuilt(cls, owner_id: int, question: Question, match: re.Match[str]) -> Self:
        return cls(owner_id, question, int(match["page"]), match["arrow"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.client.presenter.turn_page(interaction, self.question, self.page)


class AskAgain(
    _OwnedButton,
    template=re.compile(r"fb1:ag:(?P<owner>[0-9a-z]+):(?P<question>.+)", re.DOTALL),
):
    """ "Another one": asks the same question again and posts the answer as a new reply."""

    def __init__(self, owner_id: int, question: Question) -> None:
        self.owner_id, self.question = owner_id, question
        super().__init__(
            discord.ui.Button(
                label="Another one",
                style=discord.ButtonStyle.primary,
                emoji="🔁",
                custom_id=f"fb1:ag:{_base36(owner_id)}:{question.encode()}",
            )
        )

    @classmethod
    def rebuilt(cls, owner_id: int, question: Question, match: re.Match[str]) -> Self:
        return cls(owner_id, question)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.client.presenter.ask_again(interaction, self.question)


BUTTONS = (PageTurn, AskAgain)
"""Every dynamic button: the bot registers them so that presses find them after a restart."""


def controls(owner_id: int, question: Question, page: int, pages: int) -> discord.ui.View | None:
    """The buttons under page ``page`` (from 0) of ``pages``: page turns when there are
    several, "Another one" for a random answer; None when there is nothing to press or the
    question is too long for a button to hold."""
    items: list[_OwnedButton] = []
    if pages > 1:
        items = [
            PageTurn(owner_id, question, max(page - 1, 0), _PREVIOUS),
            PageTurn(owner_id, question, page, _POSITION, label=f"{page + 1} / {pages}"),
            PageTurn(owner_id, question, min(page + 1, pages - 1), _NEXT),
        ]
        items[0].item.disabled = page == 0
        items[2].item.disabled = page >= pages - 1
    elif question.random:
        items = [AskAgain(owner_id, question)]
    if not items or any(len(item.custom_id) > CUSTOM_ID_LIMIT for item in items):
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view
