"""Fake Discord (HTTP API v10 + Gateway v10) for end-to-end tests of the real discord.py client.

See :class:`tests.fakediscord.server.FakeDiscord` and :func:`tests.fakediscord.runner.running_bot`.
"""

from tests.fakediscord.models import (
    ADMINISTRATOR,
    DEFAULT_APP_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    MENTION_EVERYONE,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    new_snowflake,
)
from tests.fakediscord.records import (
    FakeInteraction,
    InteractionCallback,
    RestCall,
    UploadedFile,
)
from tests.fakediscord.runner import running_bot
from tests.fakediscord.server import FakeDiscord, MessageGate

__all__ = [
    "ADMINISTRATOR",
    "DEFAULT_APP_PERMISSIONS",
    "DEFAULT_EVERYONE_PERMISSIONS",
    "MANAGE_EVENTS",
    "MANAGE_GUILD",
    "MENTION_EVERYONE",
    "SEND_MESSAGES",
    "VIEW_CHANNEL",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeInteraction",
    "FakeRole",
    "FakeUser",
    "InteractionCallback",
    "MessageGate",
    "RestCall",
    "UploadedFile",
    "new_snowflake",
    "running_bot",
]
