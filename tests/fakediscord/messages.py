"""Messages: their objects, the store of what was posted, and the gate that holds a send.

The bot's ``POST /channels/{id}/messages`` (see :mod:`tests.fakediscord.rest.channels`) and
interaction responses land here; tests read them back and inject messages from users.
"""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from tests.fakediscord.models import (
    JSON,
    FakeUser,
    iso_now,
    member_payload,
    new_snowflake,
)
from tests.fakediscord.records import INTERACTION_APPLICATION_COMMAND, FakeInteraction
from tests.fakediscord.state import FakeState

NONCE_WINDOW = 300.0
"""Seconds during which Discord dedupes a message nonce sent with ``enforce_nonce``."""


class MessageGate:
    """Holds ``POST /channels/{id}/messages`` requests, before or after the message exists.

    ``when="before"``: held before anything is created (a send that never happened);
    ``when="after"``: the message is created, then the response is held (a send whose
    answer the bot never got). Tests kill or stop the bot while requests are held.
    """

    def __init__(self, when: str) -> None:
        assert when in ("before", "after")
        self.when = when
        self.held = 0
        self.release = asyncio.Event()
        self.drop_held = False
        """On release, answer held requests with 503 and create nothing more (the bot that
        sent them was killed; nobody reads the answer)."""


def message_payload(
    *,
    channel_id: int,
    author: FakeUser,
    body: JSON,
    guild_id: int | None = None,
    message_id: int | None = None,
    message_type: int = 0,
    extra: JSON | None = None,
) -> JSON:
    """Message object built from a create-message request body (content, embeds, ...)."""
    data: JSON = {
        "id": str(message_id or new_snowflake()),
        "channel_id": str(channel_id),
        "type": message_type,
        "author": author.to_payload(),
        "content": body.get("content") or "",
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts", False)),
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": list(body.get("attachments") or []),
        "embeds": list(body.get("embeds") or []),
        "components": list(body.get("components") or []),
        "pinned": False,
        "flags": int(body.get("flags") or 0),
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    reference = body.get("message_reference")
    if reference:
        data["message_reference"] = {"channel_id": str(channel_id), **reference}
        if message_type == 0:
            data["type"] = 19
    if "poll" in body:
        data["poll"] = body["poll"]
    if extra:
        data.update(extra)
    return data


EDITABLE_MESSAGE_FIELDS: dict[str, Any] = {
    "content": "",
    "embeds": [],
    "components": [],
    "flags": 0,
    "attachments": [],
}


def apply_message_edit(message: JSON, body: JSON) -> JSON:
    """Apply a PATCH body to a stored message in place (only fields Discord lets you edit).

    An explicit ``null`` clears the field, as discord.py sends for ``edit(content=None)``.
    """
    for key, empty in EDITABLE_MESSAGE_FIELDS.items():
        if key in body:
            value = body[key]
            message[key] = type(empty)() if value is None else value
    message["edited_timestamp"] = iso_now()
    return message


class MessageStore(FakeState):
    """Every message in every channel: the bot's sends, interaction replies, users' messages."""

    def _remember(self, message: JSON) -> None:
        self.messages_by_id[int(message["id"])] = message
        self._history.setdefault(int(message["channel_id"]), []).append(message)

    async def record_bot_message(self, channel_id: int, body: JSON) -> JSON:
        """Store a ``POST /channels/{id}/messages`` and echo it as MESSAGE_CREATE.

        Like Discord, a ``nonce`` sent with ``enforce_nonce`` that the bot already used within
        :data:`NONCE_WINDOW` seconds returns the message created then instead of a new one.
        """
        guild, _ = self.find_channel(channel_id)
        nonce = body.get("nonce")
        loop_time = asyncio.get_running_loop().time()
        if nonce is not None and body.get("enforce_nonce"):
            seen = self._nonces.get((self.bot_user.id, str(nonce)))
            if seen is not None and loop_time - seen[0] < NONCE_WINDOW:
                return seen[1]
        message = message_payload(
            channel_id=channel_id,
            author=self.bot_user,
            body=body,
            guild_id=guild.id if guild else None,
            extra={"nonce": str(nonce)} if nonce is not None else None,
        )
        if nonce is not None:
            self._nonces[(self.bot_user.id, str(nonce))] = (loop_time, message)
        self._remember(message)
        self._bot_messages.setdefault(channel_id, []).append(message)
        if self.echo_bot_messages and self.gateway.session is not None:
            event = dict(message)
            if guild is not None:
                event["member"] = {
                    k: v for k, v in member_payload(self.bot_user).items() if k != "user"
                }
            await self.gateway.dispatch("MESSAGE_CREATE", event)
        return message

    def all_bot_messages(self) -> list[JSON]:
        """Every message the bot posted with ``POST /channels/{id}/messages``."""
        return [m for messages in self._bot_messages.values() for m in messages]

    def delete_message(self, message_id: int) -> None:
        """Forget a message (``DELETE``)."""
        message = self.messages_by_id.pop(message_id, None)
        self.deleted_message_ids.append(message_id)
        if message is not None:
            history = self._history.get(int(message["channel_id"]), [])
            if message in history:
                history.remove(message)

    def history(self, channel_id: int) -> list[JSON]:
        """All messages in a channel, oldest first (bot and injected user messages)."""
        return list(self._history.get(channel_id, []))

    def channel_messages(self, channel_id: int) -> list[JSON]:
        """Messages the bot sent with ``POST /channels/{id}/messages``, oldest first."""
        return list(self._bot_messages.get(channel_id, []))

    async def wait_for_channel_message(
        self,
        channel_id: int,
        timeout: float = 5.0,
        *,
        predicate: Callable[[JSON], bool] | None = None,
    ) -> JSON:
        """Next bot message in the channel not yet returned by an earlier call (and matching)."""
        found: list[JSON] = []

        def check() -> bool:
            messages = self._bot_messages.get(channel_id, [])
            for index in range(self._message_cursors.get(channel_id, 0), len(messages)):
                if predicate is None or predicate(messages[index]):
                    self._message_cursors[channel_id] = index + 1
                    found.append(messages[index])
                    return True
            return False

        await self._wait_described(check, timeout, f"bot message in channel {channel_id}")
        return found[0]

    def new_interaction_message(
        self, interaction: FakeInteraction, body: JSON, *, followup: bool = False
    ) -> JSON:
        """Message created by an interaction response or followup (type 20 for slash replies)."""
        channel_id = interaction.channel_id or 0
        payload = interaction.payload
        is_command = payload["type"] == INTERACTION_APPLICATION_COMMAND
        message = message_payload(
            channel_id=channel_id,
            author=self.bot_user,
            body=body,
            guild_id=int(payload["guild_id"]) if payload.get("guild_id") else None,
            message_type=20 if is_command and not followup else 0,
            extra={
                "webhook_id": str(self.application_id),
                "application_id": str(self.application_id),
                "interaction_metadata": {
                    "id": str(interaction.id),
                    "type": payload["type"],
                    "user": _invoker(payload),
                    "authorizing_integration_owners": payload["authorizing_integration_owners"],
                },
            },
        )
        self._remember(message)
        return message

    async def send_user_message(
        self, channel_id: int, content: str, *, author: FakeUser | None = None
    ) -> JSON:
        """Dispatch a MESSAGE_CREATE from a (human) user, e.g. to trigger ``on_message``."""
        author = author or self.default_user
        guild, _ = self.find_channel(channel_id)
        message = message_payload(
            channel_id=channel_id,
            author=author,
            body={"content": content},
            guild_id=guild.id if guild else None,
        )
        self._remember(message)
        event = dict(message)
        if guild is not None:
            event["member"] = _partial_member(author)
        await self.gateway.dispatch("MESSAGE_CREATE", event)
        return message


def _partial_member(user: FakeUser) -> JSON:
    """Member object without ``user``, as embedded in MESSAGE_CREATE."""
    member = member_payload(user)
    member.pop("user")
    return member


def _invoker(payload: JSON) -> JSON:
    if "member" in payload:
        user: JSON = payload["member"]["user"]
        return user
    invoker: JSON = payload["user"]
    return invoker
