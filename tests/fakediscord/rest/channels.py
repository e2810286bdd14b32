"""Channels and their messages: send, read history, fetch, edit, delete; typing and reactions."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.messages import MessageGate, apply_message_edit
from tests.fakediscord.models import JSON
from tests.fakediscord.permissions import (
    EMBED_LINKS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    bot_channel_permissions,
)
from tests.fakediscord.records import attach_files
from tests.fakediscord.rest.http import BODY, FILES, Resource, Route, discord_error, json_response


class ChannelRoutes(Resource):
    """``/channels/{channel_id}`` and everything below it."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("GET", "/channels/{channel_id}/messages", self.get_history),
            ("POST", "/channels/{channel_id}/messages", self.create_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message),
            ("POST", "/channels/{channel_id}/typing", self.no_content),
            (
                "PUT",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.no_content,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.no_content,
            ),
        ]

    async def get_channel(self, request: web.Request) -> web.StreamResponse:
        """Channel object (guild text channel or DM)."""
        channel = self.fake.channel_payload(int(request.match_info["channel_id"]))
        if channel is None:
            return discord_error(404, "Unknown Channel", 10003)
        return json_response(channel)

    async def create_message(self, request: web.Request) -> web.StreamResponse:
        """``channel.send``: record, echo as MESSAGE_CREATE, return the message object.

        404 Unknown Channel for a deleted channel; 403 Missing Access (50001) or Missing
        Permissions (50013) when the channel's overwrites deny the bot; a nonce with
        ``enforce_nonce`` is deduplicated; a :class:`MessageGate` can hold the request.
        """
        channel_id = int(request.match_info["channel_id"])
        if self.fake.channel_payload(channel_id) is None:
            return discord_error(404, "Unknown Channel", 10003)
        guild, channel = self.fake.find_channel(channel_id)
        if guild is not None and channel is not None:
            allowed = bot_channel_permissions(guild, channel)
            if not allowed & VIEW_CHANNEL:
                return discord_error(403, "Missing Access", 50001)
            if not allowed & SEND_MESSAGES or not allowed & EMBED_LINKS:
                return discord_error(403, "Missing Permissions", 50013)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        gate = self.fake.message_gate
        if gate is not None and gate.when == "before":
            await self._hold(gate)
            if gate.drop_held:
                return discord_error(503, "held request dropped by the test")
        message = await self.fake.record_bot_message(channel_id, body)
        if gate is not None and gate.when == "after":
            await self._hold(gate)
        return json_response(message)

    async def _hold(self, gate: MessageGate) -> None:
        gate.held += 1
        self.fake.notify()
        await gate.release.wait()

    async def get_history(self, request: web.Request) -> web.StreamResponse:
        """History as Discord pages it: newest first; ``before`` gives the ``limit`` newest
        older messages, ``after`` the ``limit`` oldest newer ones (still newest first)."""
        channel_id = int(request.match_info["channel_id"])
        guild, channel = self.fake.find_channel(channel_id)
        if guild is not None and channel is not None:
            allowed = bot_channel_permissions(guild, channel)
            if not allowed & VIEW_CHANNEL or not allowed & READ_MESSAGE_HISTORY:
                return discord_error(403, "Missing Access", 50001)
        limit = int(request.query.get("limit", "50"))
        history = self.fake.history(channel_id)  # oldest first
        if "before" in request.query:
            history = [m for m in history if int(m["id"]) < int(request.query["before"])]
        if "after" in request.query:
            newer = [m for m in history if int(m["id"]) > int(request.query["after"])]
            return json_response(list(reversed(newer[:limit])))
        return json_response(list(reversed(history))[:limit])

    def _channel_message(self, request: web.Request) -> JSON | None:
        message = self.fake.messages_by_id.get(int(request.match_info["message_id"]))
        if message is None or message["channel_id"] != request.match_info["channel_id"]:
            return None
        return message

    async def get_message(self, request: web.Request) -> web.StreamResponse:
        """Fetch one message."""
        message = self._channel_message(request)
        return json_response(message) if message else discord_error(404, "Unknown Message", 10008)

    async def edit_message(self, request: web.Request) -> web.StreamResponse:
        """``message.edit`` of a channel message."""
        message = self._channel_message(request)
        if message is None:
            return discord_error(404, "Unknown Message", 10008)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        self.fake.message_edits.append({"id": message["id"], **body})
        return json_response(apply_message_edit(message, body))

    async def delete_message(self, request: web.Request) -> web.StreamResponse:
        """``message.delete``."""
        message = self._channel_message(request)
        if message is None:
            return discord_error(404, "Unknown Message", 10008)
        self.fake.delete_message(int(message["id"]))
        return web.Response(status=204)

    async def no_content(self, request: web.Request) -> web.StreamResponse:
        """Routes whose effect we only record (typing, reactions)."""
        return web.Response(status=204)
