"""The REST app: one middleware in front of every route, and the route table.

Every request passes the middleware, which records it (with the moment it arrived), applies
an injected fault (429/5xx), then the rate limits when they are on, and adds the rate-limit
headers discord.py reads. Unknown routes answer a Discord-style
404 JSON and are logged and collected in ``FakeDiscord.unknown_routes``.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakediscord.records import RestCall
from tests.fakediscord.rest.channels import ChannelRoutes
from tests.fakediscord.rest.commands import CommandRoutes
from tests.fakediscord.rest.events import ScheduledEventRoutes
from tests.fakediscord.rest.guilds import GuildRoutes
from tests.fakediscord.rest.http import (
    BODY,
    FILES,
    RECEIVED_AT,
    Handler,
    Resource,
    discord_error,
    read_body,
)
from tests.fakediscord.rest.interactions import InteractionRoutes
from tests.fakediscord.rest.ratelimits import rate_limited, ratelimit_headers
from tests.fakediscord.rest.threads import ThreadRoutes
from tests.fakediscord.rest.users import UserRoutes
from tests.fakediscord.state import API_PREFIX

if TYPE_CHECKING:
    from tests.fakediscord.faults import Fault
    from tests.fakediscord.server import FakeDiscord

log = logging.getLogger("fakediscord.rest")


class RestApi:
    """The middleware and the routes of every resource; all world state lives on the fake."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.resources: list[Resource] = [
            UserRoutes(fake),
            CommandRoutes(fake),
            InteractionRoutes(fake),
            ChannelRoutes(fake),
            ThreadRoutes(fake),
            GuildRoutes(fake),
            ScheduledEventRoutes(fake),
        ]

    def install(self, app: web.Application) -> None:
        """Register the middleware and every route on ``app``, the catch-all last."""
        app.middlewares.append(self.middleware)
        for resource in self.resources:
            for method, path, handler in resource.routes():
                app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_route("*", "/{tail:.*}", self.unknown)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Record, fault-inject, rate-limit and decorate every REST request (not the gateway)."""
        if (
            request.path.rstrip("/") == "/gateway"
            and request.headers.get("Upgrade", "").lower() == "websocket"
        ):
            return await handler(request)
        request[RECEIVED_AT] = time.perf_counter()
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
        call = RestCall(
            request.method, path, route, dict(request.query), body, files, at=request[RECEIVED_AT]
        )
        self.fake.rest_calls.append(call)
        response = await self._answer(request, handler, route, path)
        call.status = response.status
        self.fake.notify()
        return response

    async def _answer(
        self, request: web.Request, handler: Handler, route: str, path: str
    ) -> web.StreamResponse:
        """An injected fault first, then the rate limits (when on), then the route itself."""
        method = request.method
        fault = self.fake.take_fault(method, route, path)
        if fault is not None:
            return self._fault_response(fault, route, method)
        limiter = self.fake.rate_limiter
        verdict = None
        if limiter is not None:
            verdict = limiter.check(method, route, path, request.match_info)
            if verdict.scope is not None:
                return rate_limited(
                    route,
                    retry_after=verdict.reset_after,
                    is_global=verdict.scope == "global",
                    scope=verdict.scope,
                    limit=verdict.limit,
                    method=method,
                )
        try:
            response = await handler(request)
        except Exception as exc:
            response = self._crash(request, exc)
        if verdict is not None:
            response.headers.update(
                ratelimit_headers(
                    route,
                    remaining=verdict.remaining,
                    reset_after=verdict.reset_after,
                    limit=verdict.limit,
                    method=method,
                )
            )
        elif self.fake.rate_limit_headers:
            response.headers.update(
                ratelimit_headers(route, remaining=49, reset_after=1.0, method=method)
            )
        return response

    def _crash(self, request: web.Request, exc: Exception) -> web.Response:
        """A bug in the fake answers 400 (discord.py would retry a 500 for ~20 s)."""
        entry = f"{request.method} {request.path_qs}: {exc!r}"
        self.fake.errors.append(entry)
        log.exception("fake Discord handler crashed on %s", entry)
        return discord_error(400, f"fake Discord crashed: {entry}")

    def _fault_response(self, fault: Fault, route: str, method: str) -> web.Response:
        log.info("injecting %s for %s (%s left)", fault.status, route, fault.count)
        if fault.status != 429:
            return discord_error(fault.status, f"{fault.status}: injected by fake")
        return rate_limited(
            route,
            retry_after=fault.retry_after,
            is_global=fault.is_global,
            scope=fault.scope,
            method=method,
        )

    async def unknown(self, request: web.Request) -> web.StreamResponse:
        """Catch-all: Discord-style 404, logged so a missing route is easy to spot."""
        entry = f"{request.method} {request.path_qs}"
        self.fake.unknown_routes.append(entry)
        log.warning("fake Discord has no route for %s", entry)
        return discord_error(404, f"404: Not Found (fake Discord has no route {entry})")
