"""Rate limits as the REST API applies and reports them: buckets, the global budget, 429s.

Two modes, chosen per :class:`~tests.fakediscord.server.FakeDiscord`:

* off (the default, for functional tests): every answer says "49 of 50 left, resets in 1 s"
  and a 429 comes only from an injected :class:`~tests.fakediscord.faults.Fault`;
* on (``rate_limits=RateLimits()``, for the benchmark): a :class:`RateLimiter` applies
  Discord's limits. Each route has a bucket per major parameter (the channel, guild or
  webhook in the path), for example 5 messages per 5 s per channel, and every request except
  the interaction endpoints also spends the bot's global budget of 50 requests per second.
  Every answer carries its bucket's real state (``X-RateLimit-Limit``, ``-Remaining``,
  ``-Reset``, ``-Reset-After``, ``-Bucket``); a request past a bucket or the global budget is
  answered 429 with ``retry_after`` (seconds until the window resets) and ``X-RateLimit-Scope``
  (``user`` for a bucket, ``global``), and is recorded as a :class:`RateLimitHit`.

Windows are fixed: a bucket's window opens with its first request and lasts ``per`` seconds.
The ``Via`` header matters: without it discord.py takes a 429 for a Cloudflare ban.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakediscord.rest.http import json_response

MAJOR_PARAMETERS = ("channel_id", "guild_id", "app_id", "token", "interaction_id")
"""Path parameters that give a route a bucket of its own (Discord's "major parameters")."""
GLOBAL_EXEMPT_PREFIXES = ("/interactions/", "/webhooks/")
"""Interaction callbacks and interaction webhooks are not bound by the global limit."""


def bucket(route: str, method: str = "") -> str:
    """The ``X-RateLimit-Bucket`` of a route template (and method: each has its bucket)."""
    return hashlib.sha1(f"{method} {route}".encode()).hexdigest()[:16]


def ratelimit_headers(
    route: str, *, remaining: int, reset_after: float, limit: int = 50, method: str = ""
) -> dict[str, str]:
    """The ``X-RateLimit-*`` headers discord.py reads, plus ``Via``."""
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": bucket(route, method),
        "Via": "1.1 google",
    }


def rate_limited(
    route: str,
    *,
    retry_after: float,
    is_global: bool,
    scope: str,
    limit: int = 50,
    method: str = "",
) -> web.Response:
    """A 429 with the headers and body Discord sends (``retry_after`` in seconds).

    A global 429 carries no bucket headers (the global budget is no bucket), as on Discord.
    """
    if is_global:
        headers = {"Via": "1.1 google", "X-RateLimit-Global": "true"}
    else:
        headers = ratelimit_headers(
            route, remaining=0, reset_after=retry_after, limit=limit, method=method
        )
    headers["Retry-After"] = str(math.ceil(retry_after))
    headers["X-RateLimit-Scope"] = scope
    body = {
        "message": "You are being rate limited.",
        "retry_after": round(retry_after, 3),
        "global": is_global,
        "code": 0,
    }
    return json_response(body, status=429, headers=headers)


@dataclass(frozen=True, slots=True)
class Limit:
    """At most ``limit`` requests per window of ``per`` seconds."""

    limit: int
    per: float

    def minimum_seconds(self, requests: int) -> float:
        """The least time from the first to the last of ``requests`` this limit allows."""
        if requests <= 0:
            return 0.0
        return (math.ceil(requests / self.limit) - 1) * self.per


DISCORD_ROUTE_LIMITS: Mapping[tuple[str, str], Limit] = {
    ("POST", "/channels/{channel_id}/messages"): Limit(5, 5.0),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"): Limit(5, 5.0),
    ("DELETE", "/channels/{channel_id}/messages/{message_id}"): Limit(5, 1.0),
    ("GET", "/channels/{channel_id}/messages"): Limit(5, 5.0),
    ("POST", "/guilds/{guild_id}/scheduled-events"): Limit(5, 5.0),
    ("PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}"): Limit(5, 5.0),
}
"""The per-route buckets Discord reports for the routes the bot uses most."""


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Discord's limits: the global budget and each route's bucket (``default`` otherwise)."""

    global_limit: Limit = Limit(50, 1.0)
    routes: Mapping[tuple[str, str], Limit] = field(
        default_factory=lambda: dict(DISCORD_ROUTE_LIMITS)
    )
    default: Limit = Limit(50, 1.0)

    def route_limit(self, method: str, route: str) -> Limit:
        """The bucket limit of ``method route`` (a template such as ``/channels/{channel_id}``)."""
        return self.routes.get((method, route), self.default)

    def minimum_seconds(self, requests: Iterable[tuple[str, str, str]]) -> float:
        """The least time these requests can take, first to last, under these limits.

        Each request is ``(method, route template, concrete path)``; the path decides the
        bucket. The answer is the slowest of the global budget and every bucket.
        """
        per_bucket: dict[tuple[str, str, str], int] = {}
        global_count = 0
        for method, route, path in requests:
            key = (method, route, path)
            per_bucket[key] = per_bucket.get(key, 0) + 1
            global_count += not is_global_exempt(route)
        slowest = self.global_limit.minimum_seconds(global_count)
        for (method, route, _), count in per_bucket.items():
            slowest = max(slowest, self.route_limit(method, route).minimum_seconds(count))
        return slowest


def is_global_exempt(route: str) -> bool:
    """Interaction endpoints do not spend the bot's global budget."""
    return route.startswith(GLOBAL_EXEMPT_PREFIXES)


@dataclass(slots=True)
class _Window:
    opened: float
    used: int = 0


@dataclass(frozen=True, slots=True)
class RateLimitHit:
    """One request answered 429 by the limiter: ``scope`` is ``user`` (a bucket) or ``global``."""

    at: float
    method: str
    route: str
    path: str
    scope: str
    retry_after: float


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the limiter decided for one request: let through (with headers) or 429."""

    limit: int
    remaining: int
    reset_after: float
    scope: str | None
    """None when let through; ``user`` or ``global`` when limited."""


class RateLimiter:
    """Applies :class:`RateLimits` to each request as it arrives; remembers every 429."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self.hits: list[RateLimitHit] = []
        self._buckets: dict[tuple[str, str, tuple[str, ...]], _Window] = {}
        self._global: _Window | None = None

    def check(self, method: str, route: str, path: str, params: Mapping[str, str]) -> Verdict:
        """Spend one request of its bucket and of the global budget, or refuse it."""
        clock = time.monotonic()
        limit = self.limits.route_limit(method, route)
        major = tuple(params[name] for name in MAJOR_PARAMETERS if name in params)
        window = self._open(self._buckets.get((method, route, major)), limit, clock)
        self._buckets[(method, route, major)] = window
        reset_after = max(0.0, window.opened + limit.per - clock)
        if window.used >= limit.limit:
            self.hits.append(RateLimitHit(clock, method, route, path, "user", reset_after))
            return Verdict(limit.limit, 0, reset_after, "user")
        if not is_global_exempt(route):
            glob = self._open(self._global, self.limits.global_limit, clock)
            self._global = glob
            if glob.used >= self.limits.global_limit.limit:
                wait = max(0.0, glob.opened + self.limits.global_limit.per - clock)
                self.hits.append(RateLimitHit(clock, method, route, path, "global", wait))
                return Verdict(limit.limit, 0, wait, "global")
            glob.used += 1
        window.used += 1
        return Verdict(limit.limit, limit.limit - window.used, reset_after, None)

    @staticmethod
    def _open(window: _Window | None, limit: Limit, clock: float) -> _Window:
        if window is None or clock >= window.opened + limit.per:
            return _Window(clock)
        return window

    def hits_in(self, scope: str) -> list[RateLimitHit]:
        """The 429s of one scope (``user``: a bucket was overrun; ``global``)."""
        return [hit for hit in self.hits if hit.scope == scope]
