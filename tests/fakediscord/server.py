"""The fake Discord server: world state, lifecycle and the API tests drive it with.

A real, unmodified discord.py client talks to it over HTTP and a websocket on 127.0.0.1.
Only two class attributes of discord.py are redirected (see :meth:`FakeDiscord.redirect_client`):

* ``discord.http.Route.BASE`` -- every REST call, including interaction callbacks and
  webhook followups (``discord.webhook.async_`` builds its URLs from the same ``Route``);
* ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` -- a plain ``Client`` never asks
  ``/gateway/bot``; it connects straight to this constant (and falls back to it after an
  invalid session), so without the redirect it would dial ``wss://gateway.discord.gg``.
"""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import secrets
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from aiohttp import web

from tests.fakediscord.gateway import (
    OP_INVALID_SESSION,
    OP_RECONNECT,
    GatewayServer,
)
from tests.fakediscord.models import (
    DEFAULT_APP_PERMISSIONS,
    JSON,
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    dm_channel_payload,
    member_payload,
    message_payload,
    new_snowflake,
)
from tests.fakediscord.records import (
    FakeInteraction,
    InteractionCallback,
    RestCall,
)
from tests.fakediscord.rest import API_PREFIX, Fault, RestApi

log = logging.getLogger("fakediscord")

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


HOST = "127.0.0.1"

# Application command option types.
OPT_SUB_COMMAND = 1
OPT_SUB_COMMAND_GROUP = 2
OPT_STRING = 3
OPT_INTEGER = 4
OPT_BOOLEAN = 5
OPT_USER = 6
OPT_CHANNEL = 7
OPT_ROLE = 8
OPT_MENTIONABLE = 9
OPT_NUMBER = 10

# Interaction types.
INTERACTION_APPLICATION_COMMAND = 2
INTERACTION_COMPONENT = 3
INTERACTION_AUTOCOMPLETE = 4
INTERACTION_MODAL_SUBMIT = 5

_MISSING: Any = object()


class FakeDiscord:
    """In-process fake of the Discord HTTP API and Gateway for end-to-end tests.

    Usage::

        async with FakeDiscord(guilds=[FakeGuild(name="Test")]) as fake:
            bot_task = asyncio.create_task(bot.start("fake-token"))
            await fake.wait_ready()
            reply = await fake.invoke_slash("ping")
    """

    def __init__(
        self,
        *,
        guilds: list[FakeGuild] | None = None,
        bot_user: FakeUser | None = None,
        owner: FakeUser | None = None,
        application_id: int | None = None,
        token: str | None = None,
        heartbeat_interval_ms: int = 1000,
        redirect_client: bool = True,
        rate_limit_headers: bool = True,
        echo_bot_messages: bool = True,
    ) -> None:
        self.bot_user = bot_user or FakeUser(username="fanbot", bot=True)
        self.owner = owner or FakeUser(username="bot-owner")
        self.guilds: list[FakeGuild] = guilds if guilds is not None else [FakeGuild()]
        self.application_id = application_id or self.bot_user.id
        self.default_user = FakeUser(username="tester", global_name="Tester")
        for guild in self.guilds:
            if self.default_user.id not in {m.id for m in guild.members}:
                guild.members.append(self.default_user)
        self.token = token
        self.rate_limit_headers = rate_limit_headers
        self.echo_bot_messages = echo_bot_messages
        self._redirect = redirect_client

        self.rest_calls: list[RestCall] = []
        self.unknown_routes: list[str] = []
        self.errors: list[str] = []
        self.interactions: list[FakeInteraction] = []
        self.interactions_by_id: dict[int, FakeInteraction] = {}
        self.interactions_by_token: dict[str, FakeInteraction] = {}
        self.messages_by_id: dict[int, JSON] = {}
        self.message_edits: list[JSON] = []
        self.deleted_message_ids: list[int] = []
        self._bot_messages: dict[int, list[JSON]] = {}
        self._history: dict[int, list[JSON]] = {}
        self._message_cursors: dict[int, int] = {}
        self._commands: dict[int | None, list[JSON]] = {}
        self._command_ids: dict[tuple[int | None, str, int], int] = {}
        self._command_versions = itertools.count(1)
        self._dm_channels: dict[int, int] = {}
        self._faults: list[Fault] = []
        self._changed = asyncio.Event()
        self._nonces: dict[tuple[int, str], tuple[float, JSON]] = {}
        self.scheduled_events: dict[int, JSON] = {}
        self.message_gate: MessageGate | None = None

        self.gateway = GatewayServer(
            heartbeat_interval_ms=heartbeat_interval_ms,
            build_ready=self._build_ready,
            check_token=self.check_token,
            notify=self.notify,
        )
        self._rest = RestApi(self)
        self._runner: web.AppRunner | None = None
        self._saved_client_urls: tuple[str, Any] | None = None
        self.port = 0

    # ------------------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Listen on 127.0.0.1 on an ephemeral port (never any other address)."""
        app = web.Application()
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/gateway/", self.gateway.handle)
        self._rest.install(app)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, HOST, 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        if self._redirect:
            self.redirect_client()
        log.info("fake Discord listening on %s", self.base_url)

    async def stop(self) -> None:
        """Close gateway sockets, stop the server and undo the client redirect."""
        self.restore_client()
        await self.gateway.shutdown()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://{HOST}:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        """Websocket URL given out by ``/gateway/bot`` and as READY's ``resume_gateway_url``."""
        return f"ws://{HOST}:{self.port}/gateway"

    def redirect_client(self) -> None:
        """Point discord.py at this fake: ``Route.BASE`` and ``DEFAULT_GATEWAY`` (restorable)."""
        import discord.gateway
        import discord.http
        import yarl

        if self._saved_client_urls is None:
            self._saved_client_urls = (
                discord.http.Route.BASE,
                discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
            )
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

    def restore_client(self) -> None:
        """Undo :meth:`redirect_client`."""
        if self._saved_client_urls is None:
            return
        import discord.gateway
        import discord.http

        base, gateway = self._saved_client_urls
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway
        self._saved_client_urls = None

    # ----------------------------------------------------------------------- waiting
    def notify(self) -> None:
        """Wake every :meth:`wait_until` (called after each recorded change)."""
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until ``predicate()`` holds; raises ``TimeoutError`` after ``timeout`` s."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = self._changed
            if predicate():
                return
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def wait_ready(self, timeout: float = 10.0) -> None:
        """Client has IDENTIFYed and received READY plus every GUILD_CREATE."""
        await self._wait_described(
            lambda: self.gateway.ready_count >= 1 and self._live(), timeout, "gateway READY"
        )

    async def wait_resumed(self, count: int = 1, timeout: float = 10.0) -> None:
        """At least ``count`` successful RESUMEs so far (and the connection is live)."""
        await self._wait_described(
            lambda: self.gateway.resumed_count >= count and self._live(), timeout, "RESUMED"
        )

    async def wait_identified(self, count: int, timeout: float = 10.0) -> None:
        """At least ``count`` READYs (fresh sessions) so far (and the connection is live)."""
        await self._wait_described(
            lambda: self.gateway.ready_count >= count and self._live(), timeout, "READY"
        )

    def _live(self) -> bool:
        conn = self.gateway.connection
        return conn is not None and conn.live

    async def _wait_described(
        self, predicate: Callable[[], bool], timeout: float, what: str
    ) -> None:
        try:
            await self.wait_until(predicate, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"fake Discord: no {what} within {timeout}s "
                f"(connects={self.gateway.connect_count}, ready={self.gateway.ready_count}, "
                f"resumed={self.gateway.resumed_count}, unknown routes={self.unknown_routes})"
            ) from None

    # ------------------------------------------------------------------- world lookups
    def check_token(self, token: str) -> bool:
        """Any token is accepted unless one was configured."""
        return self.token is None or token == self.token

    def guild(self, guild_id: int) -> FakeGuild | None:
        """Configured guild by id."""
        return next((g for g in self.guilds if g.id == guild_id), None)

    def find_user(self, user_id: int) -> FakeUser | None:
        """Any user the fake knows (bot, owner, default user, guild members)."""
        users = [self.bot_user, self.owner, self.default_user]
        for guild in self.guilds:
            users.extend(guild.all_members(self.bot_user))
        return next((u for u in users if u.id == user_id), None)

    def find_channel(self, channel_id: int) -> tuple[FakeGuild | None, FakeChannel | None]:
        """Guild channel by id (``(None, None)`` if unknown or a DM)."""
        for guild in self.guilds:
            for channel in guild.channels:
                if channel.id == channel_id:
                    return guild, channel
        return None, None

    def dm_channel_id(self, user: FakeUser) -> int:
        """Stable DM channel id for a user."""
        return self._dm_channels.setdefault(user.id, new_snowflake())

    def channel_payload(self, channel_id: int) -> JSON | None:
        """Channel object for a guild channel or an opened DM channel."""
        guild, channel = self.find_channel(channel_id)
        if channel is not None and guild is not None:
            return channel.to_payload(guild.id)
        for user_id, dm_id in self._dm_channels.items():
            if dm_id == channel_id:
                user = self.find_user(user_id)
                assert user is not None
                return dm_channel_payload(dm_id, user)
        return None

    def application_payload(self) -> JSON:
        """``GET /applications/@me`` body."""
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "fake application",
            "summary": "",
            "type": None,
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "bot": self.bot_user.to_payload(),
            "owner": self.owner.to_payload(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": 1 << 19,  # GATEWAY_MESSAGE_CONTENT_LIMITED
            "tags": [],
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "approximate_guild_count": len(self.guilds),
        }

    def _build_ready(self, session_id: str) -> tuple[JSON, list[JSON]]:
        ready = {
            "v": 10,
            "user": {**self.bot_user.to_payload(), "verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 1 << 19},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "auth": {},
            "_trace": ["fake-discord"],
        }
        return ready, [g.to_payload(self.bot_user) for g in self.guilds]

    # ---------------------------------------------------------------------- commands
    def store_commands(self, guild_id: int | None, commands: list[JSON]) -> list[JSON]:
        """Replace the command set of a scope (global if ``guild_id`` is None), keeping ids."""
        stored: list[JSON] = []
        for command in commands:
            key = (guild_id, command["name"], int(command.get("type", 1)))
            command_id = self._command_ids.setdefault(key, new_snowflake())
            entry: JSON = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **command,
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(next(self._command_versions)),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        self._commands[guild_id] = stored
        return stored

    def commands(self, guild_id: int | None = None) -> list[JSON]:
        """Synced commands of a scope (global when ``guild_id`` is None)."""
        return list(self._commands.get(guild_id, []))

    def command(self, name: str, guild_id: int | None = None) -> JSON | None:
        """A synced top-level command by name: the guild's first, then the global one."""
        scopes = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for command in self._commands.get(scope, []):
                if command["name"] == name and int(command.get("type", 1)) == 1:
                    return command
        return None

    # ---------------------------------------------------------------------- messages
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

    async def update_channel(self, channel: FakeChannel) -> None:
        """Tell the client a channel changed (e.g. its overwrites): CHANNEL_UPDATE."""
        guild, _ = self.find_channel(channel.id)
        await self.gateway.dispatch(
            "CHANNEL_UPDATE", channel.to_payload(guild.id if guild else None)
        )

    def delete_channel(self, channel_id: int) -> None:
        """Remove a guild channel (later calls to it answer 404 Unknown Channel)."""
        guild, channel = self.find_channel(channel_id)
        if guild is not None and channel is not None:
            guild.channels.remove(channel)

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

    # -------------------------------------------------------------------------- faults
    def fail_next(
        self,
        route: str,
        *,
        method: str | None = None,
        count: int = 1,
        status: int = 429,
        retry_after: float = 0.2,
        is_global: bool = False,
        scope: str = "user",
    ) -> None:
        """Answer the next ``count`` matching REST calls with ``status`` (429 or 5xx).

        ``route`` is an fnmatch pattern against the route template without ``/api/v10``
        (``"/channels/{channel_id}/messages"``) or the concrete path (``"/channels/123/*"``).
        Note discord.py waits ``1 + 2*try`` seconds before retrying a 5xx.
        """
        self._faults.append(Fault(route, method, status, count, retry_after, is_global, scope))

    def take_fault(self, method: str, route: str, path: str) -> Fault | None:
        """Consume one matching fault, if any (used by the REST middleware)."""
        for fault in self._faults:
            if fault.count > 0 and fault.matches(method, route, path):
                fault.count -= 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    async def drop_gateway(self, code: int = 4000, *, invalidate: bool = False) -> None:
        """Close the gateway socket with ``code`` (4000 -> client RESUMEs).

        With ``invalidate=True`` the session cannot be resumed: the client's RESUME is
        answered with op 9 (d=false) and it has to IDENTIFY again.  Codes discord.py treats
        as fatal (1000 from the client, 4004, 4010-4014) make ``bot.start`` raise instead.
        """
        await self.gateway.close(code, invalidate=invalidate)

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION on the live connection."""
        await self.gateway.send_op(OP_INVALID_SESSION, resumable)

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT (client closes and RESUMEs)."""
        await self.gateway.send_op(OP_RECONNECT, None)

    async def dispatch(self, event: str, data: JSON) -> int:
        """Send any gateway dispatch (queued for RESUME replay while disconnected)."""
        return await self.gateway.dispatch(event, data)

    # ---------------------------------------------------------------------- interactions
    def _context(
        self, dm: bool, guild_id: int | None, channel_id: int | None, user: FakeUser | None
    ) -> tuple[FakeGuild | None, JSON, FakeUser]:
        user = user or self.default_user
        if dm:
            channel_id = self.dm_channel_id(user)
            return None, dm_channel_payload(channel_id, user), user
        if guild_id is None:
            if not self.guilds:
                raise ValueError("no guild configured; pass dm=True")
            guild = self.guilds[0]
        else:
            found = self.guild(guild_id)
            if found is None:
                raise ValueError(f"unknown guild {guild_id}")
            guild = found
        if channel_id is None:
            channel = guild.text_channel
        else:
            match = next((c for c in guild.channels if c.id == channel_id), None)
            if match is None:
                raise ValueError(f"channel {channel_id} is not in guild {guild.id}")
            channel = match
        return guild, channel.to_payload(guild.id), user

    async def send_interaction(
        self,
        interaction_type: int,
        data: JSON,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        member_permissions: int | None = None,
        member_roles: list[int] | None = None,
        app_permissions: int = DEFAULT_APP_PERMISSIONS,
        locale: str = "en-US",
        message: JSON | None = None,
    ) -> FakeInteraction:
        """Dispatch a raw INTERACTION_CREATE of any type; the builders below use this."""
        guild, channel, user = self._context(dm, guild_id, channel_id, user)
        interaction_id = new_snowflake()
        token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": interaction_type,
            "data": data,
            "channel_id": channel["id"],
            "channel": channel,
            "token": token,
            "version": 1,
            "app_permissions": str(app_permissions),
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            permissions = (
                guild.everyone_permissions if member_permissions is None else member_permissions
            )
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member=member_payload(user, roles=member_roles, permissions=permissions),
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
        else:
            payload.update(
                user=user.to_payload(),
                authorizing_integration_owners={"0": str(user.id)},
                context=1,
            )
        if message is not None:
            payload["message"] = message
        interaction = FakeInteraction(self, interaction_id, token, payload)
        self.interactions.append(interaction)
        self.interactions_by_id[interaction_id] = interaction
        self.interactions_by_token[token] = interaction
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return interaction

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any] | None,
        guild_id: int | None,
        dm: bool,
        focused: str | None = None,
    ) -> JSON:
        parts = name.split()
        scope = None if dm else (guild_id if guild_id is not None else self._first_guild_id())
        command = self.command(parts[0], scope)
        if command is None:
            log.warning("invoking /%s which was never synced; option types are guessed", parts[0])
            command = {"id": str(new_snowflake()), "name": parts[0], "options": []}
        data: JSON = {"id": command["id"], "name": parts[0], "type": 1}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        schema: list[JSON] = list(command.get("options") or [])
        container = data
        for part in parts[1:]:
            sub = next((o for o in schema if o["name"] == part), None)
            sub_type = int(sub["type"]) if sub else OPT_SUB_COMMAND
            node: JSON = {"type": sub_type, "name": part, "options": []}
            container["options"] = [node]
            container = node
            schema = list(sub.get("options") or []) if sub else []
        resolved: JSON = {}
        built = [
            self._option(
                key,
                value=value,
                schema=schema,
                resolved=resolved,
                in_guild=not dm,
                focused=focused == key,
            )
            for key, value in (options or {}).items()
        ]
        container["options"] = built
        if resolved:
            data["resolved"] = resolved
        return data

    def _first_guild_id(self) -> int | None:
        return self.guilds[0].id if self.guilds else None

    def _option(
        self,
        key: str,
        *,
        value: Any,
        schema: list[JSON],
        resolved: JSON,
        in_guild: bool,
        focused: bool,
    ) -> JSON:
        spec = next((o for o in schema if o["name"] == key), None)
        option_type = int(spec["type"]) if spec else _guess_type(value)
        option: JSON = {"name": key, "type": option_type}
        if focused:
            option["focused"] = True
            option["value"] = str(value)
            return option
        if option_type == OPT_STRING:
            option["value"] = str(value)
        elif option_type == OPT_INTEGER:
            option["value"] = int(value)
        elif option_type == OPT_NUMBER:
            option["value"] = float(value)
        elif option_type == OPT_BOOLEAN:
            option["value"] = bool(value)
        elif option_type in (OPT_USER, OPT_MENTIONABLE) and isinstance(value, FakeUser):
            option["value"] = str(value.id)
            resolved.setdefault("users", {})[str(value.id)] = value.to_payload()
            if in_guild:
                member = member_payload(value, permissions=0)
                member.pop("user")
                resolved.setdefault("members", {})[str(value.id)] = member
        elif option_type == OPT_CHANNEL and isinstance(value, FakeChannel):
            option["value"] = str(value.id)
            channel = value.to_payload(None)
            channel["permissions"] = str(DEFAULT_APP_PERMISSIONS)
            resolved.setdefault("channels", {})[str(value.id)] = channel
        elif option_type in (OPT_ROLE, OPT_MENTIONABLE) and isinstance(value, FakeRole):
            option["value"] = str(value.id)
            resolved.setdefault("roles", {})[str(value.id)] = value.to_payload()
        else:
            option["value"] = value
        return option

    async def slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        member_permissions: int | None = None,
        member_roles: list[int] | None = None,
        app_permissions: int = DEFAULT_APP_PERMISSIONS,
        locale: str = "en-US",
        resolved: JSON | None = None,
    ) -> FakeInteraction:
        """Dispatch ``/name [sub [subsub]]`` with ``options`` and return without waiting.

        Option types come from the synced command (so ints stay ints, etc.); user/channel/role
        options accept ``FakeUser``/``FakeChannel``/``FakeRole`` and fill ``data.resolved``.
        """
        data = self._command_data(name, options, guild_id, dm)
        if resolved:
            for key, value in resolved.items():
                data.setdefault("resolved", {}).setdefault(key, {}).update(value)
        return await self.send_interaction(
            INTERACTION_APPLICATION_COMMAND,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
            dm=dm,
            member_permissions=member_permissions,
            member_roles=member_roles,
            app_permissions=app_permissions,
            locale=locale,
        )

    async def invoke_slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        timeout: float = 5.0,
        **kw: Any,
    ) -> InteractionCallback:
        """:meth:`slash` and wait for the first callback (``.interaction`` has the rest)."""
        interaction = await self.slash(name, options, **kw)
        return await interaction.wait_callback(timeout)

    async def invoke_autocomplete(
        self,
        name: str,
        focused: str,
        value: str = "",
        options: Mapping[str, Any] | None = None,
        *,
        timeout: float = 5.0,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
        dm: bool = False,
        locale: str = "en-US",
    ) -> InteractionCallback:
        """Type 4 interaction with ``focused`` option being typed as ``value``; waits for type 8."""
        all_options = {**(options or {}), focused: value}
        data = self._command_data(name, all_options, guild_id, dm, focused=focused)
        interaction = await self.send_interaction(
            INTERACTION_AUTOCOMPLETE,
            data,
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
            dm=dm,
            locale=locale,
        )
        return await interaction.wait_callback(timeout)

    async def component(
        self,
        custom_id: str,
        message_id: int | str,
        *,
        component_type: int = 2,
        values: list[str] | None = None,
        user: FakeUser | None = None,
        member_permissions: int | None = None,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Dispatch a component interaction (button = 2, string select = 3) on a stored message."""
        message = self.messages_by_id.get(int(message_id))
        if message is None:
            raise LookupError(f"message {message_id} unknown to the fake")
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        channel_id = int(message["channel_id"])
        guild, _ = self.find_channel(channel_id)
        return await self.send_interaction(
            INTERACTION_COMPONENT,
            data,
            guild_id=guild.id if guild else None,
            channel_id=channel_id if guild else None,
            dm=guild is None,
            user=user,
            member_permissions=member_permissions,
            locale=locale,
            message=message,
        )

    async def invoke_component(
        self, custom_id: str, message_id: int | str, *, timeout: float = 5.0, **kw: Any
    ) -> InteractionCallback:
        """:meth:`component` and wait for the first callback (usually 6 or 7)."""
        interaction = await self.component(custom_id, message_id, **kw)
        return await interaction.wait_callback(timeout)

    async def submit_modal(
        self,
        custom_id: str,
        values: Mapping[str, str],
        *,
        timeout: float = 5.0,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user: FakeUser | None = None,
    ) -> InteractionCallback:
        """Type 5 MODAL_SUBMIT with one text input (action row) per ``values`` entry."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in values.items()
        ]
        interaction = await self.send_interaction(
            INTERACTION_MODAL_SUBMIT,
            {"custom_id": custom_id, "components": rows},
            guild_id=guild_id,
            channel_id=channel_id,
            user=user,
        )
        return await interaction.wait_callback(timeout)

    # ---------------------------------------------------------------------- diagnostics
    def calls(self, route: str = "*", method: str | None = None) -> list[RestCall]:
        """Recorded REST calls whose template or path matches the fnmatch ``route``."""
        probe = Fault(route, method, 0, 0, 0.0, False, "")
        return [c for c in self.rest_calls if probe.matches(c.method, c.route, c.path)]

    @contextlib.contextmanager
    def expect_no_unknown_routes(self) -> Iterator[None]:
        """Fail the block if the bot hit a route the fake does not implement."""
        before = len(self.unknown_routes)
        yield
        missing = self.unknown_routes[before:]
        assert not missing, f"bot used routes the fake does not implement: {missing}"


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


def _guess_type(value: Any) -> int:
    if isinstance(value, bool):
        return OPT_BOOLEAN
    if isinstance(value, int):
        return OPT_INTEGER
    if isinstance(value, float):
        return OPT_NUMBER
    if isinstance(value, FakeUser):
        return OPT_USER
    if isinstance(value, FakeChannel):
        return OPT_CHANNEL
    if isinstance(value, FakeRole):
        return OPT_ROLE
    return OPT_STRING
