"""REST (HTTP API v10) half of the fake.

Every request passes one middleware that records it, applies injected faults (429/5xx)
and adds the rate-limit headers discord.py reads (``X-RateLimit-*`` plus ``Via``, without
which discord.py treats a 429 as a Cloudflare ban).  Unknown routes answer a Discord-style
404 JSON and are logged and collected in ``FakeDiscord.unknown_routes``.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from tests.fakediscord.models import (
    ADMINISTRATOR,
    EMBED_LINKS,
    JSON,
    MANAGE_EVENTS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    apply_message_edit,
    bot_channel_permissions,
    dm_channel_payload,
    member_payload,
    new_snowflake,
)
from tests.fakediscord.records import (
    CALLBACK_DEFERRED_MESSAGE,
    CALLBACK_MESSAGE,
    CALLBACK_UPDATE_MESSAGE,
    FakeInteraction,
    InteractionCallback,
    RestCall,
    UploadedFile,
    attach_files,
)

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

log = logging.getLogger("fakediscord.rest")

API_PREFIX = "/api/v10"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
BODY: web.RequestKey[Any] = web.RequestKey("fakediscord_body", object)
FILES: web.RequestKey[list[UploadedFile]] = web.RequestKey("fakediscord_files", list)


@dataclass
class Fault:
    """Make the next ``count`` matching requests fail with ``status``."""

    route: str
    method: str | None
    status: int
    count: int
    retry_after: float
    is_global: bool
    scope: str

    def matches(self, method: str, route: str, path: str) -> bool:
        """``route`` is the template (``/channels/{channel_id}/messages``); ``path`` is real."""
        if self.method is not None and self.method.upper() != method:
            return False
        return fnmatch.fnmatchcase(route, self.route) or fnmatch.fnmatchcase(path, self.route)


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON response with a bare ``application/json`` content type.

    discord.py's ``json_or_text`` only decodes when the header is exactly that string, so
    aiohttp's ``json_response`` (which appends ``; charset=utf-8``) would not do.
    """
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def discord_error(status: int, message: str, code: int = 0) -> web.Response:
    """JSON error body shaped like Discord's."""
    return json_response({"message": message, "code": code}, status=status)


def _bucket(route: str) -> str:
    return hashlib.sha1(route.encode()).hexdigest()[:16]


def _ratelimit_headers(route: str, *, remaining: int, reset_after: float) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": _bucket(route),
        "Via": "1.1 google",
    }


async def read_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    """Decode a JSON or multipart (``payload_json`` + ``files[n]``) request body."""
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        payload: Any = None
        files: list[UploadedFile] = []
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(
                part, aiohttp.BodyPartReader
            ):  # nested multipart: not used by Discord
                continue
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                files.append(
                    UploadedFile(
                        field=part.name or "",
                        filename=part.filename or "",
                        content_type=part.headers.get("Content-Type", ""),
                        data=bytes(await part.read()),
                    )
                )
        return payload, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        return raw.decode(errors="replace"), []


class RestApi:
    """Route table and handlers; all world state lives on the :class:`FakeDiscord`."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    # ------------------------------------------------------------------------- plumbing
    def install(self, app: web.Application) -> None:
        """Register the middleware and every route on ``app``."""
        app.middlewares.append(self.middleware)
        routes: list[tuple[str, str, Handler]] = [
            ("GET", "/users/@me", self.get_me),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/users/{user_id}", self.get_user),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/{app_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/commands", self.post_command),
            ("GET", "/applications/{app_id}/commands/{command_id}", self.get_command),
            ("DELETE", "/applications/{app_id}/commands/{command_id}", self.delete_command),
            ("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/guilds/{guild_id}/commands", self.post_command),
            (
                "GET",
                "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}",
                self.get_command,
            ),
            (
                "DELETE",
                "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}",
                self.delete_command,
            ),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.callback),
            ("POST", "/webhooks/{app_id}/{token}", self.followup),
            ("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.get_webhook_message),
            (
                "PATCH",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.edit_webhook_message,
            ),
            (
                "DELETE",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.delete_webhook_message,
            ),
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
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_guild_roles),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
            ("POST", "/guilds/{guild_id}/scheduled-events", self.create_event),
            ("GET", "/guilds/{guild_id}/scheduled-events/{event_id}", self.get_event),
            ("PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}", self.edit_event),
            ("DELETE", "/guilds/{guild_id}/scheduled-events/{event_id}", self.delete_event),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_route("*", "/{tail:.*}", self.unknown)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Record, fault-inject and decorate every REST request (the gateway is passed through)."""
        if (
            request.path.rstrip("/") == "/gateway"
            and request.headers.get("Upgrade", "").lower() == "websocket"
        ):
            return await handler(request)
        resource = request.match_info.route.resource
        canonical = resource.canonical if resource is not None else request.path
        route = canonical.removeprefix(API_PREFIX)
        path = request.path.removeprefix(API_PREFIX)
        try:
            body, files = await read_body(request)
        except Exception as exc:
            return self._crash(request, exc)
        request[BODY] = body
        request[FILES] = files
        call = RestCall(request.method, path, route, dict(request.query), body, files)
        self.fake.rest_calls.append(call)
        fault = self.fake.take_fault(request.method, route, path)
        if fault is not None:
            response: web.StreamResponse = self._fault_response(fault, route)
        else:
            try:
                response = await handler(request)
            except Exception as exc:
                response = self._crash(request, exc)
            if self.fake.rate_limit_headers:
                response.headers.update(_ratelimit_headers(route, remaining=49, reset_after=1.0))
        call.status = response.status
        self.fake.notify()
        return response

    def _crash(self, request: web.Request, exc: Exception) -> web.Response:
        """A bug in the fake answers 400 (discord.py would retry a 500 for ~20 s)."""
        entry = f"{request.method} {request.path_qs}: {exc!r}"
        self.fake.errors.append(entry)
        log.exception("fake Discord handler crashed on %s", entry)
        return discord_error(400, f"fake Discord crashed: {entry}")

    def _fault_response(self, fault: Fault, route: str) -> web.Response:
        log.info("injecting %s for %s (%s left)", fault.status, route, fault.count)
        if fault.status != 429:
            return discord_error(fault.status, f"{fault.status}: injected by fake")
        headers = _ratelimit_headers(route, remaining=0, reset_after=fault.retry_after)
        headers["Retry-After"] = str(math.ceil(fault.retry_after))
        headers["X-RateLimit-Scope"] = fault.scope
        if fault.is_global:
            headers["X-RateLimit-Global"] = "true"
        body = {
            "message": "You are being rate limited.",
            "retry_after": fault.retry_after,
            "global": fault.is_global,
            "code": 0,
        }
        return json_response(body, status=429, headers=headers)

    async def unknown(self, request: web.Request) -> web.StreamResponse:
        """Catch-all: Discord-style 404, logged so a missing route is easy to spot."""
        entry = f"{request.method} {request.path_qs}"
        self.fake.unknown_routes.append(entry)
        log.warning("fake Discord has no route for %s", entry)
        return discord_error(404, f"404: Not Found (fake Discord has no route {entry})")

    async def no_content(self, request: web.Request) -> web.StreamResponse:
        """Routes whose effect we only record (typing, reactions)."""
        return web.Response(status=204)

    # ------------------------------------------------------------------ users & gateway
    async def get_me(self, request: web.Request) -> web.StreamResponse:
        """``static_login`` calls this; a configured token is checked here (401 -> LoginFailure)."""
        token = request.headers.get("Authorization", "").removeprefix("Bot ")
        if not self.fake.check_token(token):
            return discord_error(401, "401: Unauthorized")
        data = self.fake.bot_user.to_payload()
        data.update(verified=True, mfa_enabled=False, email=None, locale="en-US")
        return json_response(data)

    async def get_user(self, request: web.Request) -> web.StreamResponse:
        """Look up any user the fake knows."""
        user = self.fake.find_user(int(request.match_info["user_id"]))
        if user is None:
            return discord_error(404, "Unknown User", 10013)
        return json_response(user.to_payload())

    async def create_dm(self, request: web.Request) -> web.StreamResponse:
        """Open (or return) the DM channel with a user."""
        recipient_id = int(request[BODY]["recipient_id"])
        user = self.fake.find_user(recipient_id)
        if user is None:
            return discord_error(400, "Invalid Recipient(s)", 50033)
        channel_id = self.fake.dm_channel_id(user)
        return json_response(dm_channel_payload(channel_id, user))

    async def get_gateway(self, request: web.Request) -> web.StreamResponse:
        """``/gateway`` and ``/gateway/bot`` both point at our websocket endpoint."""
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    async def get_application(self, request: web.Request) -> web.StreamResponse:
        """Application info read by ``Client.login`` (``application_info``)."""
        return json_response(self.fake.application_payload())

    # --------------------------------------------------------------------- app commands
    def _check_app(self, request: web.Request) -> web.Response | None:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            return discord_error(404, "Unknown Application", 10002)
        return None

    @staticmethod
    def _guild_id(request: web.Request) -> int | None:
        raw = request.match_info.get("guild_id")
        return int(raw) if raw else None

    async def get_commands(self, request: web.Request) -> web.StreamResponse:
        """List stored global or guild commands."""
        if (error := self._check_app(request)) is not None:
            return error
        return json_response(self.fake.commands(self._guild_id(request)))

    async def put_commands(self, request: web.Request) -> web.StreamResponse:
        """Bulk overwrite (``tree.sync``): store and return with ids."""
        if (error := self._check_app(request)) is not None:
            return error
        stored = self.fake.store_commands(self._guild_id(request), list(request[BODY] or []))
        return json_response(stored)

    async def post_command(self, request: web.Request) -> web.StreamResponse:
        """Upsert one command (by name)."""
        if (error := self._check_app(request)) is not None:
            return error
        guild_id = self._guild_id(request)
        existing = [c for c in self.fake.commands(guild_id) if c["name"] != request[BODY]["name"]]
        stored = self.fake.store_commands(guild_id, [*existing, request[BODY]])
        created = next(c for c in stored if c["name"] == request[BODY]["name"])
        return json_response(created, status=201)

    async def get_command(self, request: web.Request) -> web.StreamResponse:
        """Fetch one stored command by id."""
        if (error := self._check_app(request)) is not None:
            return error
        command_id = request.match_info["command_id"]
        for command in self.fake.commands(self._guild_id(request)):
            if command["id"] == command_id:
                return json_response(command)
        return discord_error(404, "Unknown application command", 10063)

    async def delete_command(self, request: web.Request) -> web.StreamResponse:
        """Delete one stored command by id."""
        if (error := self._check_app(request)) is not None:
            return error
        guild_id = self._guild_id(request)
        command_id = request.match_info["command_id"]
        remaining = [c for c in self.fake.commands(guild_id) if c["id"] != command_id]
        self.fake.store_commands(guild_id, remaining)
        return web.Response(status=204)

    # --------------------------------------------------------------------- interactions
    async def callback(self, request: web.Request) -> web.StreamResponse:
        """Interaction callback; answers the InteractionCallbackResponse discord.py parses."""
        interaction = self.fake.interactions_by_id.get(int(request.match_info["interaction_id"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            return discord_error(404, "Unknown interaction", 10062)
        if interaction.callbacks:
            return discord_error(400, "Interaction has already been acknowledged.", 40060)
        body: JSON = request[BODY] or {}
        files: list[UploadedFile] = request[FILES]
        callback_type = int(body.get("type", 0))
        data = attach_files(dict(body.get("data") or {}), files)
        interaction.callbacks.append(InteractionCallback(interaction, callback_type, data, files))

        message: JSON | None = None
        flags = int(data.get("flags") or 0)
        if callback_type == CALLBACK_MESSAGE:
            message = self.fake.new_interaction_message(interaction, data)
            interaction.original = message
        elif callback_type == CALLBACK_DEFERRED_MESSAGE:
            message = self.fake.new_interaction_message(
                interaction, {"content": "", "flags": (flags & 64) | 128}
            )
            interaction.original = message
        elif callback_type == CALLBACK_UPDATE_MESSAGE:
            source = interaction.payload.get("message")
            if source is not None:
                stored: JSON = self.fake.messages_by_id.get(int(source["id"])) or source
                message = apply_message_edit(stored, data)
        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        flags = int(message.get("flags") or 0) if message else flags
        response: JSON = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.payload["type"],
                "response_message_id": message["id"] if message else None,
                "response_message_loading": callback_type == CALLBACK_DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(flags & 64),
            }
        }
        if message is not None:
            response["resource"] = {"type": callback_type, "message": message}
        return json_response(response)

    def _interaction_for_webhook(self, request: web.Request) -> FakeInteraction | None:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            return None
        return self.fake.interactions_by_token.get(request.match_info["token"])

    async def followup(self, request: web.Request) -> web.StreamResponse:
        """``POST /webhooks/{app}/{token}``: interaction followup message."""
        interaction = self._interaction_for_webhook(request)
        if interaction is None or not interaction.callbacks:
            return discord_error(404, "Unknown Webhook", 10015)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        message = self.fake.new_interaction_message(interaction, body, followup=True)
        interaction.followups.append(message)
        if request.query.get("wait", "0").lower() in ("1", "true"):
            return json_response(message)
        return web.Response(status=204)

    def _webhook_message(
        self, request: web.Request
    ) -> tuple[FakeInteraction | None, JSON | None, web.Response | None]:
        interaction = self._interaction_for_webhook(request)
        if interaction is None:
            return None, None, discord_error(404, "Unknown Webhook", 10015)
        message_id = request.match_info["message_id"]
        if message_id == "@original":
            message = None if interaction.original_deleted else interaction.original
        else:
            message = next((m for m in interaction.followups if m["id"] == message_id), None)
        if message is None:
            return interaction, None, discord_error(404, "Unknown Message", 10008)
        return interaction, message, None

    async def get_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``GET .../messages/@original`` or a followup."""
        _, message, error = self._webhook_message(request)
        return error or json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``PATCH .../messages/@original|{id}``: edit; clears the "thinking" flag."""
        interaction, message, error = self._webhook_message(request)
        if error is not None or interaction is None or message is None:
            return error or discord_error(404, "Unknown Message", 10008)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        message["flags"] = int(message.get("flags") or 0) & ~128
        apply_message_edit(message, body)
        if request.match_info["message_id"] == "@original":
            interaction.original_edits.append(body)
        else:
            interaction.followup_edits.append({"id": message["id"], **body})
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``DELETE .../messages/@original|{id}``."""
        interaction, message, error = self._webhook_message(request)
        if error is not None or interaction is None or message is None:
            return error or discord_error(404, "Unknown Message", 10008)
        if request.match_info["message_id"] == "@original":
            interaction.original_deleted = True
        else:
            interaction.followups.remove(message)
        self.fake.messages_by_id.pop(int(message["id"]), None)
        return web.Response(status=204)

    # ------------------------------------------------------------------------- channels
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

    async def _hold(self, gate: Any) -> None:
        gate.held += 1
        self.fake.notify()
        await gate.release.wait()

    # ------------------------------------------------------------------ scheduled events
    def _event_guild(self, request: web.Request) -> tuple[Any, web.Response | None]:
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return None, discord_error(404, "Unknown Guild", 10004)
        if not guild.everyone_permissions & (MANAGE_EVENTS | ADMINISTRATOR):
            return guild, discord_error(403, "Missing Permissions", 50013)
        return guild, None

    def _stored_event(self, request: web.Request) -> JSON | None:
        event = self.fake.scheduled_events.get(int(request.match_info["event_id"]))
        if event is None or event["guild_id"] != request.match_info["guild_id"]:
            return None
        return event

    async def create_event(self, request: web.Request) -> web.StreamResponse:
        """``guild.create_scheduled_event``."""
        guild, error = self._event_guild(request)
        if error is not None:
            return error
        body: JSON = request[BODY] or {}
        event_id = new_snowflake()
        event: JSON = {
            "id": str(event_id),
            "guild_id": str(guild.id),
            "channel_id": body.get("channel_id"),
            "creator_id": str(self.fake.bot_user.id),
            "creator": self.fake.bot_user.to_payload(),
            "name": body["name"],
            "description": body.get("description"),
            "scheduled_start_time": body["scheduled_start_time"],
            "scheduled_end_time": body.get("scheduled_end_time"),
            "privacy_level": body.get("privacy_level", 2),
            "status": 1,
            "entity_type": body["entity_type"],
            "entity_id": None,
            "entity_metadata": body.get("entity_metadata"),
            "user_count": 0,
            "image": None,
        }
        self.fake.scheduled_events[event_id] = event
        return json_response(event)

    async def get_event(self, request: web.Request) -> web.StreamResponse:
        event = self._stored_event(request)
        if event is None:
            return discord_error(404, "Unknown Guild Scheduled Event", 10070)
        return json_response(event)

    async def edit_event(self, request: web.Request) -> web.StreamResponse:
        """``ScheduledEvent.edit``: the fields sent replace the stored ones."""
        _, error = self._event_guild(request)
        event = self._stored_event(request)
        if error is not None or event is None:
            return error or discord_error(404, "Unknown Guild Scheduled Event", 10070)
        event.update(request[BODY] or {})
        return json_response(event)

    async def delete_event(self, request: web.Request) -> web.StreamResponse:
        _, error = self._event_guild(request)
        event = self._stored_event(request)
        if error is not None or event is None:
            return error or discord_error(404, "Unknown Guild Scheduled Event", 10070)
        del self.fake.scheduled_events[int(event["id"])]
        return web.Response(status=204)

    async def get_history(self, request: web.Request) -> web.StreamResponse:
        """Newest-first history (``limit`` honoured, ``before``/``after`` ignored)."""
        channel_id = int(request.match_info["channel_id"])
        guild, channel = self.fake.find_channel(channel_id)
        if guild is not None and channel is not None:
            allowed = bot_channel_permissions(guild, channel)
            if not allowed & VIEW_CHANNEL or not allowed & READ_MESSAGE_HISTORY:
                return discord_error(403, "Missing Access", 50001)
        limit = int(request.query.get("limit", "50"))
        history = list(reversed(self.fake.history(channel_id)))[:limit]
        return json_response(history)

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

    # --------------------------------------------------------------------------- guilds
    async def get_guild(self, request: web.Request) -> web.StreamResponse:
        """Guild object (without the gateway-only member/channel lists)."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        data = guild.to_payload(self.fake.bot_user)
        for key in ("members", "channels", "threads", "presences", "voice_states", "joined_at"):
            data.pop(key, None)
        return json_response(data)

    async def get_guild_channels(self, request: web.Request) -> web.StreamResponse:
        """All channels of a guild."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        return json_response([c.to_payload(guild.id) for c in guild.channels])

    async def get_guild_roles(self, request: web.Request) -> web.StreamResponse:
        """All roles of a guild, @everyone first."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        roles = [guild.everyone_role(), *guild.roles]
        return json_response([r.to_payload() for r in roles])

    async def get_member(self, request: web.Request) -> web.StreamResponse:
        """One guild member."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        user_id = int(request.match_info["user_id"])
        user = guild.find_member(user_id, self.fake.bot_user) if guild else None
        if user is None:
            return discord_error(404, "Unknown Member", 10007)
        return json_response(member_payload(user))
