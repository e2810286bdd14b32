"""Fixtures for end-to-end tests against :mod:`tests.fakediscord`."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord.gateway
import discord.http
import pytest

from tests.fakediscord import FakeDiscord, FakeGuild


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A running fake with one guild; ``Route.BASE``/``DEFAULT_GATEWAY`` restored afterwards."""
    base = discord.http.Route.BASE
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord(guilds=[FakeGuild(name="Fan Club")]) as fake:
        yield fake
        assert not fake.unknown_routes, f"routes missing from the fake: {fake.unknown_routes}"
        assert not fake.errors, f"the fake itself crashed: {fake.errors}"
    assert base == discord.http.Route.BASE
    assert gateway == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
