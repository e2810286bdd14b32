"""Fake Discord (HTTP API v10 + Gateway v10) for end-to-end tests of the real discord.py client.

Import from here. The modules, one job each:

* ``server`` -- :class:`FakeDiscord`: lifecycle on 127.0.0.1, readiness waits, diagnostics;
* ``state`` -- the typed base holding the world's state, its lookups and ``wait_until``;
* ``messages`` -- message objects, the store of what was posted, :class:`MessageGate`;
* ``forums`` -- forum channels' posts: threads created with their first message;
* ``commands`` -- synced application commands and the invocation data built from them;
* ``interactions`` -- the test-facing API that sends slash commands, components and modals;
* ``faults`` -- injected REST failures (429/5xx) and gateway disruptions;
* ``models`` / ``permissions`` -- users, roles, channels, guilds; permission bits;
* ``records`` -- what the fake records for assertions (calls, interactions, callbacks);
* ``gateway`` -- the websocket protocol; ``rest`` -- the HTTP routes, one module per resource;
* ``runner`` -- :func:`running_bot`, a real client against the fake for a block.
"""

from tests.fakediscord.messages import MessageGate
from tests.fakediscord.models import (
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    new_snowflake,
)
from tests.fakediscord.permissions import (
    ADMINISTRATOR,
    DEFAULT_APP_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    MENTION_EVERYONE,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
)
from tests.fakediscord.records import (
    CALLBACK_DEFERRED_MESSAGE,
    FakeInteraction,
    InteractionCallback,
    RestCall,
    UploadedFile,
)
from tests.fakediscord.runner import running_bot
from tests.fakediscord.server import FakeDiscord

__all__ = [
    "ADMINISTRATOR",
    "CALLBACK_DEFERRED_MESSAGE",
    "DEFAULT_APP_PERMISSIONS",
    "DEFAULT_EVERYONE_PERMISSIONS",
    "MANAGE_EVENTS",
    "MANAGE_GUILD",
    "MENTION_EVERYONE",
    "READ_MESSAGE_HISTORY",
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
