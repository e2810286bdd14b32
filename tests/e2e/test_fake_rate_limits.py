"""The fake Discord's rate limits: off for functional tests, Discord's buckets and global budget
when switched on, with the headers and 429 answers discord.py reads."""

from __future__ import annotations

import asyncio

import aiohttp
import discord

from tests.fakediscord import FakeDiscord, FakeGuild, running_bot
from tests.fakediscord.rest.ratelimits import Limit, RateLimiter, RateLimits

MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{token}/callback"
SLOW = 60.0
"""A window no test run outlasts, so a test never depends on the machine's speed."""


GENEROUS = Limit(50, SLOW)


def _limiter(bucket: Limit, global_limit: Limit = GENEROUS) -> RateLimiter:
    return RateLimiter(
        RateLimits(global_limit=global_limit, routes={("POST", MESSAGES): bucket}, default=bucket)
    )


def _post(limiter: RateLimiter, channel: int) -> tuple[int, str | None]:
    verdict = limiter.check(
        "POST", MESSAGES, f"/channels/{channel}/messages", {"channel_id": str(channel)}
    )
    return verdict.remaining, verdict.scope


def test_a_bucket_lets_its_limit_through_then_answers_429_until_it_resets() -> None:
    limiter = _limiter(Limit(3, SLOW))
    assert [_post(limiter, 1) for _ in range(4)] == [(2, None), (1, None), (0, None), (0, "user")]
    assert _post(limiter, 2) == (2, None)  # another channel has a bucket of its own
    [hit] = limiter.hits
    assert hit.scope == "user" and hit.path == "/channels/1/messages"
    assert 0 < hit.retry_after <= SLOW


def test_the_global_budget_is_shared_by_every_route_but_not_by_interactions() -> None:
    limiter = _limiter(Limit(5, SLOW), global_limit=Limit(4, SLOW))
    scopes = [_post(limiter, channel)[1] for channel in range(5)]
    assert scopes == [None, None, None, None, "global"]
    callback = limiter.check("POST", CALLBACK, "/interactions/1/t/callback", {})
    assert callback.scope is None
    assert [hit.scope for hit in limiter.hits] == ["global"]


def test_the_least_time_the_limits_allow_is_the_slowest_bucket_or_the_global_budget() -> None:
    limits = RateLimits()
    one_each = [("POST", MESSAGES, f"/channels/{i}/messages") for i in range(1000)]
    assert limits.minimum_seconds(one_each) == 19.0  # 50 per second: 20 windows
    twelve = [("POST", MESSAGES, "/channels/7/messages")] * 12
    assert limits.minimum_seconds(twelve) == 10.0  # 5 per 5 s: 3 windows
    assert limits.minimum_seconds([]) == 0.0


async def test_limits_are_off_unless_asked_for() -> None:
    async with FakeDiscord(guilds=[FakeGuild(name="Quiet")], redirect_client=False) as fake:
        assert fake.rate_limiter is None
        channel = fake.guilds[0].text_channel.id
        async with aiohttp.ClientSession() as http:
            for _ in range(8):
                async with http.post(
                    f"{fake.api_base}/channels/{channel}/messages", json={"content": "hi"}
                ) as response:
                    assert response.status == 200
                    assert response.headers["X-RateLimit-Remaining"] == "49"


async def test_answers_carry_the_bucket_state_and_a_429_says_when_to_retry() -> None:
    limits = RateLimits(routes={("POST", MESSAGES): Limit(2, SLOW)})
    async with FakeDiscord(
        guilds=[FakeGuild(name="Busy")], redirect_client=False, rate_limits=limits
    ) as fake:
        channel = fake.guilds[0].text_channel.id
        url = f"{fake.api_base}/channels/{channel}/messages"
        seen = []
        async with aiohttp.ClientSession() as http:
            for _ in range(3):
                async with http.post(url, json={"content": "hi"}) as response:
                    seen.append((response.status, dict(response.headers), await response.json()))
        (first, h1, _), (second, h2, _), (third, h3, body) = seen
        assert (first, second, third) == (200, 200, 429)
        assert (h1["X-RateLimit-Limit"], h1["X-RateLimit-Remaining"]) == ("2", "1")
        assert h2["X-RateLimit-Remaining"] == "0"
        assert h1["X-RateLimit-Bucket"] == h2["X-RateLimit-Bucket"] == h3["X-RateLimit-Bucket"]
        assert h3["X-RateLimit-Scope"] == "user" and body["global"] is False
        assert 0 < body["retry_after"] <= SLOW
        assert len(fake.channel_messages(channel)) == 2  # the refused one created nothing
        assert [hit.scope for hit in fake.rate_limiter.hits] == ["user"]  # type: ignore[union-attr]


async def test_discord_py_keeps_to_the_buckets_it_is_told_about() -> None:
    """A real client sending a burst into one channel waits as the headers say: no 429."""
    limits = RateLimits(routes={("POST", MESSAGES): Limit(3, 0.2)})
    fake = FakeDiscord(guilds=[FakeGuild(name="Burst")], rate_limits=limits)
    async with fake:
        client = discord.Client(intents=discord.Intents.none())
        async with running_bot(client, fake):
            channel = client.get_partial_messageable(fake.guilds[0].text_channel.id)
            await asyncio.gather(*(channel.send(f"message {i}") for i in range(8)))
        posted = fake.channel_messages(fake.guilds[0].text_channel.id)
        assert sorted(m["content"] for m in posted) == sorted(f"message {i}" for i in range(8))
        assert fake.rate_limiter is not None and fake.rate_limiter.hits_in("user") == []
