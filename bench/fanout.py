"""Fan-out: one new article alerted to 1,000 subscribed servers, against Discord's rate limits.

Every server has alerts on in its own #news channel. The bot runs on a fake Discord that
applies Discord's limits (the global 50 requests/s, 5 messages per 5 s per channel, ...). One
article file is dropped into the watched folder; the figure is the time from the first alert
reaching Discord to the last, beside the least time the limits allow for those requests
(:meth:`~tests.fakediscord.rest.ratelimits.RateLimits.minimum_seconds`). A 429 on a bucket
means the bot sent past what the headers told it (it must be 0); a global 429 means it
outran the 50 requests per second, which no header announces (the bot paces its sends under
it, so that must be 0 too).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bench.generate import GeneratedArticle
from bench.processes import BotKind, bot_on_fake, guilds
from bench.stats import now, ratio
from bot.answers.alerts import RouteChange
from bot.db.connection import open_database
from bot.db.subscriptions import save_route

SERVERS = 1_000
MESSAGES = "/channels/{channel_id}/messages"
_WAIT_PER_SERVER = 0.2
"""Seconds of patience per server before the run is declared stuck (5 per second)."""


async def measure_fanout(
    bot: BotKind, article: GeneratedArticle, work: Path, *, servers: int = SERVERS
) -> dict[str, Any]:
    """Deliver ``article`` to ``servers`` subscribed servers; the time against the bound."""
    assert bot.db_path is not None and bot.seeds is not None
    world = guilds(servers, prefix="Subscribed server")
    news = {guild.channels[1].id for guild in world}
    async with open_database(bot.db_path) as db:
        for guild in world:
            every_article = RouteChange(guild.id, guild.channels[1].id, False, None, None, None)
            await save_route(db, every_article, guild.owner.id)
    async with bot_on_fake(bot, world, work, label="-fanout") as running:
        fake = running.fake
        await asyncio.sleep(1.0)  # let start-up work (the first scan of the folder) finish
        hidden = bot.seeds / f".{article.file_name}.part"
        written = now()
        hidden.write_text(article.text, encoding="utf-8")
        hidden.rename(bot.seeds / article.file_name)  # appears complete, as operators are told

        def delivered() -> bool:
            return len({int(m["channel_id"]) for m in fake.all_bot_messages()}) >= len(news)

        await fake.wait_until(delivered, 60 + servers * _WAIT_PER_SERVER)
        posts = [
            call
            for call in fake.rest_calls
            if call.method == "POST" and call.route == MESSAGES and call.status == 200
        ]
        limiter = fake.rate_limiter
        assert limiter is not None
        first = min(call.at for call in posts)
        last = max(call.at for call in posts)
        bound = limiter.limits.minimum_seconds((c.method, c.route, c.path) for c in posts)
        delivered_channels = {int(m["channel_id"]) for m in fake.all_bot_messages()}
        return {
            "servers": servers,
            "delivered": len(delivered_channels & news),
            "duplicates": len(fake.all_bot_messages()) - len(delivered_channels),
            "requests": len(fake.rest_calls),
            "file_to_first_seconds": round(first - written, 3),
            "first_to_last_seconds": round(last - first, 3),
            "file_to_all_seconds": round(last - written, 3),
            "bound_seconds": round(bound, 3),
            "ratio_to_bound": ratio(last - first, bound),
            "bucket_429s": len(limiter.hits_in("user")),
            "global_429s": len(limiter.hits_in("global")),
        }
