"""Fixtures for end-to-end tests against :mod:`tests.fakediscord`."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakediscord import FakeDiscord, FakeGuild
from tests.world import checked_fake


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A running fake with one guild; ``Route.BASE``/``DEFAULT_GATEWAY`` restored afterwards."""
    async with checked_fake([FakeGuild(name="Fan Club")]) as fake:
        yield fake
