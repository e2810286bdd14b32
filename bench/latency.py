"""Latency where Discord sees it: each command and autocomplete, beside the bare bot.

Both bots run at once, each on its own fake Discord; their interactions alternate (one to
the real bot, one to the bare bot) so that neither gets a quieter machine, one at a time so
that what is timed is latency, not queueing. Every interaction comes from a new member and
a random one of the servers.
"""

from __future__ import annotations

import random
from typing import Any

from bench.asking import FIGURES, Answer, Ask, Members, answer, asks, bare_asks
from bench.processes import Running
from bench.stats import Latency, no_pauses_here, ratio
from bench.world import World

WARM_UP = 20
"""Calls per figure before timing: connections, caches and the first lookup's indexes."""
FORGET_EVERY = 500


async def measure_latency(
    bot: Running, bare: Running, world: World, *, calls: int, seed: int = 7
) -> dict[str, Any]:
    """p50/p99 of each figure for the bot and the bare bot, their ratio, and refusals."""
    rng = random.Random(seed)
    members = Members()
    results: dict[str, Any] = {}
    for figure in FIGURES:
        ours, theirs = asks(world, rng, figure), bare_asks(rng, figure)
        for _ in range(WARM_UP):
            await _one(bot, next(ours), rng, members)
            await _one(bare, next(theirs), rng, members)
        bot_seconds: list[float] = []
        bare_seconds: list[float] = []
        refusals = 0
        with no_pauses_here():
            for index in range(calls):
                timed = await _one(bot, next(ours), rng, members)
                bot_seconds.append(timed.seconds)
                refusals += timed.refused
                bare_seconds.append((await _one(bare, next(theirs), rng, members)).seconds)
                if index % FORGET_EVERY == FORGET_EVERY - 1:
                    bot.fake.forget_records()
                    bare.fake.forget_records()
        mine, base = Latency.of(bot_seconds), Latency.of(bare_seconds)
        results[figure] = {
            "bot": mine.as_dict(),
            "bare": base.as_dict(),
            "ratio_p50": ratio(mine.p50_ms, base.p50_ms),
            "ratio_p99": ratio(mine.p99_ms, base.p99_ms),
            "refusals": refusals,
        }
    results["members"] = members.count
    return results


async def _one(running: Running, ask: Ask, rng: random.Random, members: Members) -> Answer:
    guild = rng.choice(running.fake.guilds)
    return await answer(running.fake, ask, guild_id=guild.id, user=members.next())
