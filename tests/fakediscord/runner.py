"""Run a real discord.py client against a :class:`FakeDiscord` for the length of a block."""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord

from tests.fakediscord.server import FakeDiscord


async def _wait_cached(bot: discord.Client, fake: FakeDiscord, timeout: float) -> None:
    """The fake has *sent* READY/GUILD_CREATE; wait until the client has *parsed* them."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while any(bot.get_guild(g.id) is None for g in fake.guilds) or bot.user is None:
        if loop.time() > deadline:
            raise TimeoutError("client never cached the fake's guilds")
        await asyncio.sleep(0.005)


@contextlib.asynccontextmanager
async def running_bot(
    bot: discord.Client,
    fake: FakeDiscord,
    *,
    token: str = "fake-token",
    timeout: float = 10.0,
    wait_until_ready: bool = False,
) -> AsyncIterator[asyncio.Task[None]]:
    """``bot.start(token)`` in a task; yields once the gateway session is up.

    The block runs after READY + GUILD_CREATE were processed by the client (``bot.get_guild``
    works).  ``wait_until_ready`` additionally waits for ``on_ready``, which discord.py
    delays by the client's ``guild_ready_timeout`` (2 s by default).  On exit the bot is
    closed and the task awaited; if the bot task crashed, its exception is raised.
    """
    fake.redirect_client()
    task: asyncio.Task[None] = asyncio.create_task(bot.start(token), name="fake-discord-bot")
    try:
        ready = asyncio.ensure_future(fake.wait_ready(timeout))
        done, _ = await asyncio.wait({ready, task}, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            task.result()  # re-raises the reason the bot died
            raise RuntimeError("bot.start() returned before the gateway was ready")
        ready.result()
        await _wait_cached(bot, fake, timeout)
        if wait_until_ready:
            await asyncio.wait_for(bot.wait_until_ready(), timeout)
        yield task
    except BaseException:
        await _shutdown(bot, task)
        raise
    else:
        await _shutdown(bot, task)
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


async def _shutdown(bot: discord.Client, task: asyncio.Task[None]) -> None:
    """Close the client and make sure its task has finished (cancel as a last resort)."""
    if not bot.is_closed():
        with contextlib.suppress(Exception):
            await asyncio.wait_for(bot.close(), timeout=5)
    if not task.done():
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=5)
        except (TimeoutError, Exception):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
