"""The bot on the fake Discord, and the recording bot, for the client's tests."""

from tests.cogs.conftest import fan_bot
from tests.e2e.conftest import fake_discord
from tests.e2e.test_bot_on_discord import live_bot

__all__ = ["fake_discord", "fan_bot", "live_bot"]
