"""The real bot on the fake Discord, for the hardening tests: two servers, news alerts on,
a short database busy timeout. After each test every payload the bot sent is audited: nothing
may ping anyone but the configured alert role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import open_database
from tests.fakediscord import FakeRole
from tests.hardening.helpers import mention_problems
from tests.world import World, bot_world, news_server

BUSY_TIMEOUT_MS = 300


@pytest.fixture
async def world(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[World]:
    role = FakeRole(name="News pings")
    a = news_server("A", roles=[role])
    b = news_server("B")
    async with (
        open_database(tmp_path / "data" / "bot.db", busy_timeout_ms=BUSY_TIMEOUT_MS) as db,
        bot_world(
            db,
            seeds_dir,
            [a, b],
            role,
            seeds_settle_seconds=0.1,
            db_busy_timeout_ms=BUSY_TIMEOUT_MS,
        ) as world,
    ):
        yield world
    audit = [
        (call.method, call.path, problem)
        for call in world.fake.rest_calls
        for problem in mention_problems(call.body, frozenset({role.id}))
    ]
    assert not audit, audit
