"""The real bot with every cog loaded, answering through a presenter that records answers."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.answers import Answer
from bot.answers.errors import ExpectedError
from bot.client.fanbot import FanBot
from bot.client.presenters import Action
from bot.config import load_settings
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge


@dataclass
class RecordingPresenter:
    answers: list[tuple[Answer, bool]] = field(default_factory=list)
    errors: list[ExpectedError] = field(default_factory=list)
    question: Any = None
    """The question the last answer was given with, for its buttons (None: no buttons)."""
    decision: Any = None
    """The Save / Cancel of the last preview shown (:class:`bot.client.confirm.Decision`)."""
    actions: Sequence[Action] = ()
    recorded: asyncio.Event = field(default_factory=asyncio.Event)
    """Set whenever an answer or an error arrives (for commands run over the fake Discord)."""

    async def answer(
        self,
        interaction: Any,
        answer: Answer,
        *,
        private: bool = False,
        question: Any = None,
        actions: Sequence[Action] = (),
    ) -> None:
        self.answers.append((answer, private))
        self.question = question
        self.actions = actions
        self.recorded.set()

    async def error(self, interaction: Any, error: ExpectedError) -> None:
        self.errors.append(error)
        self.recorded.set()

    async def confirm(self, interaction: Any, answer: Answer, decision: Any) -> None:
        self.answers.append((answer, True))  # a preview is always private
        self.decision = decision
        self.recorded.set()


@pytest.fixture
async def fan_bot(db: Database, seeds_dir: Path) -> AsyncIterator[FanBot]:
    await ingest_folder(db, seeds_dir)
    settings = load_settings({}, env_file=None)
    bot = FanBot(
        settings=settings,
        db=db,
        knowledge=Knowledge(db, random.Random(1)),
        presenter=RecordingPresenter(),
    )
    async with bot:
        await bot.load_features()
        yield bot
