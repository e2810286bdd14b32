"""Rate limits as the REST API reports them: headers on every answer, and the 429 answer.

Every answer says "49 of 50 left, resets in 1 s" in its route's bucket, and a 429 comes only
from an injected :class:`~tests.fakediscord.faults.Fault`. The ``Via`` header matters:
without it discord.py takes a 429 for a Cloudflare ban. Real limits (a global budget per
second, per-route and per-channel buckets) would keep their counters here.
"""

from __future__ import annotations

import hashlib
import math
import time

from aiohttp import web

from tests.fakediscord.rest.http import json_response


def bucket(route: str) -> str:
    """The ``X-RateLimit-Bucket`` of a route template."""
    return hashlib.sha1(route.encode()).hexdigest()[:16]


def ratelimit_headers(route: str, *, remaining: int, reset_after: float) -> dict[str, str]:
    """The ``X-RateLimit-*`` headers discord.py reads, plus ``Via``."""
    return {
        "X-RateLimit-Limit": "50",
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": bucket(route),
        "Via": "1.1 google",
    }


def rate_limited(route: str, *, retry_after: float, is_global: bool, scope: str) -> web.Response:
    """A 429 with the headers and body Discord sends (``retry_after`` in seconds)."""
    headers = ratelimit_headers(route, remaining=0, reset_after=retry_after)
    headers["Retry-After"] = str(math.ceil(retry_after))
    headers["X-RateLimit-Scope"] = scope
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": is_global,
        "code": 0,
    }
    return json_response(body, status=429, headers=headers)
