"""The fake Discord server: one object that starts, stops and is driven by the tests.

:class:`FakeDiscord` is composed of parts, each on the typed base
:class:`~tests.fakediscord.state.FakeState` that holds all the world's state:
:class:`~tests.fakediscord.forums.ForumStore` (on
:class:`~tests.fakediscord.messages.MessageStore`),
:class:`~tests.fakediscord.interactions.InteractionDriver` (on
:class:`~tests.fakediscord.commands.CommandRegistry`) and
:class:`~tests.fakediscord.faults.FaultControl`. This module adds the lifecycle, the readiness
waits and the diagnostics.

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

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from aiohttp import web

from tests.fakediscord.faults import Fault, FaultControl
from tests.fakediscord.forums import ForumStore
from tests.fakediscord.interactions import InteractionDriver
from tests.fakediscord.models import JSON, FakeGuild, FakeUser
from tests.fakediscord.records import RestCall
from tests.fakediscord.rest import RestApi
from tests.fakediscord.rest.ratelimits import RateLimiter, RateLimits
from tests.fakediscord.state import HOST

log = logging.getLogger("fakediscord")


class FakeDiscord(ForumStore, InteractionDriver, FaultControl):
    """In-process fake of the Discord HTTP API and Gateway for end-to-end tests.

    ``rate_limits`` turns Discord's rate limits on (see :mod:`tests.fakediscord.rest.ratelimits`:
    buckets, the global 50 requests/s, 429s with ``retry_after``); without it every request
    passes and only injected faults answer 429, which is what functional tests want.

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
        rate_limits: RateLimits | None = None,
        echo_bot_messages: bool = True,
    ) -> None:
        super().__init__(
            guilds=guilds,
            bot_user=bot_user,
            owner=owner,
            application_id=application_id,
            token=token,
            heartbeat_interval_ms=heartbeat_interval_ms,
            rate_limit_headers=rate_limit_headers,
            rate_limiter=None if rate_limits is None else RateLimiter(rate_limits),
            echo_bot_messages=echo_bot_messages,
        )
        self._redirect = redirect_client
        self._rest = RestApi(self)
        self._runner: web.AppRunner | None = None
        self._saved_client_urls: tuple[str, Any] | None = None

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

    # ------------------------------------------------------------------------ gateway
    async def dispatch(self, event: str, data: JSON) -> int:
        """Send any gateway dispatch (queued for RESUME replay while disconnected)."""
        return await self.gateway.dispatch(event, data)

    # ---------------------------------------------------------------------- diagnostics
    def calls(self, route: str = "*", method: str | None = None) -> list[RestCall]:
        """Recorded REST calls whose template or path matches the fnmatch ``route``."""
        probe = Fault(route, method, 0, 0, 0.0, False, "")
        return [c for c in self.rest_calls if probe.matches(c.method, c.route, c.path)]

    def forget_records(self) -> None:
        """Drop every recorded interaction, message, REST call and gateway frame so far.

        The fake keeps everything for assertions; a long benchmark run calls this between
        batches so that the fake's memory does not grow. A RESUME afterwards replays nothing
        sent before the call.
        """
        self.interactions.clear()
        self.interactions_by_id.clear()
        self.interactions_by_token.clear()
        self.messages_by_id.clear()
        self._history.clear()
        self._bot_messages.clear()
        self._message_cursors.clear()
        self.rest_calls.clear()
        self.gateway.frames.clear()
        if self.gateway.session is not None:
            self.gateway.session.backlog.clear()

    @contextlib.contextmanager
    def expect_no_unknown_routes(self) -> Iterator[None]:
        """Fail the block if the bot hit a route the fake does not implement."""
        before = len(self.unknown_routes)
        yield
        missing = self.unknown_routes[before:]
        assert not missing, f"bot used routes the fake does not implement: {missing}"
