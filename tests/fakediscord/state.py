"""The fake's world state: who and what exists, what was recorded, and waiting for a change.

:class:`FakeState` is the typed base of every part of :class:`~tests.fakediscord.server.FakeDiscord`
(the ``MixinMeta`` pattern): it holds all the state, so the parts built on it (messages, commands,
interactions, faults) add behaviour only, and a reader finds every attribute here.
"""

# Explicit per-call timeouts are this harness's API (a test must never hang on the fake).
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from tests.fakediscord.gateway import GatewayServer
from tests.fakediscord.models import (
    JSON,
    FakeChannel,
    FakeGuild,
    FakeUser,
    dm_channel_payload,
    new_snowflake,
)
from tests.fakediscord.records import FakeInteraction, RestCall

if TYPE_CHECKING:
    from tests.fakediscord.faults import Fault
    from tests.fakediscord.messages import MessageGate
    from tests.fakediscord.rest.ratelimits import RateLimiter

HOST = "127.0.0.1"
API_PREFIX = "/api/v10"


class FakeState:
    """The guilds, users and application; every recorded call, message and interaction."""

    def __init__(
        self,
        *,
        guilds: list[FakeGuild] | None,
        bot_user: FakeUser | None,
        owner: FakeUser | None,
        application_id: int | None,
        token: str | None,
        heartbeat_interval_ms: int,
        rate_limit_headers: bool,
        rate_limiter: RateLimiter | None,
        echo_bot_messages: bool,
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
        self.rate_limiter = rate_limiter
        """Applies Discord's rate limits when the fake was given them (off by default)."""
        self.echo_bot_messages = echo_bot_messages

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
        self.threads: dict[int, JSON] = {}
        """Forum posts (threads) by id, as Discord sends them (see ``forums``)."""
        self.message_gate: MessageGate | None = None

        self.gateway = GatewayServer(
            heartbeat_interval_ms=heartbeat_interval_ms,
            build_ready=self._build_ready,
            check_token=self.check_token,
            notify=self.notify,
        )
        self.port = 0

    # ------------------------------------------------------------------------- address
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
        if channel_id in self.threads:
            return self.threads[channel_id]
        for user_id, dm_id in self._dm_channels.items():
            if dm_id == channel_id:
                user = self.find_user(user_id)
                assert user is not None
                return dm_channel_payload(dm_id, user)
        return None

    # --------------------------------------------------------------------- world changes
    async def update_channel(self, channel: FakeChannel) -> None:
        """Tell the client a channel changed (e.g. its overwrites): CHANNEL_UPDATE."""
        guild, _ = self.find_channel(channel.id)
        await self.gateway.dispatch(
            "CHANNEL_UPDATE", channel.to_payload(guild.id if guild else None)
        )

    async def delete_channel(self, channel_id: int) -> None:
        """Remove a guild channel (later calls to it answer 404 Unknown Channel) and tell the
        client: CHANNEL_DELETE."""
        guild, channel = self.find_channel(channel_id)
        if guild is not None and channel is not None:
            guild.channels.remove(channel)
            await self.gateway.dispatch("CHANNEL_DELETE", channel.to_payload(guild.id))

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
        guilds = []
        for guild in self.guilds:
            payload = guild.to_payload(self.bot_user)
            payload["threads"] = [
                t for t in self.threads.values() if t["guild_id"] == str(guild.id)
            ]
            guilds.append(payload)
        return ready, guilds
