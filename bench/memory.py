"""Memory: resident memory after READY and after 500 interactions, beside the bare bot; then
how much 50,000 distinct members add (per-member state such as cooldowns must stay bounded).

Each bot is a fresh process. The 500 interactions cycle through every timed figure (each
command and autocomplete), each from a new member. The members' run then goes on with new
members, a few interactions in flight at once, until ``members`` distinct members have asked.
"""

from __future__ import annotations

import asyncio
import itertools
import random
from pathlib import Path
from typing import Any

from bench.asking import FIGURES, Ask, Members, answer, asks, bare_asks
from bench.processes import BARE, BotKind, Running, bot_on_fake, guilds
from bench.world import World

INTERACTIONS = 500
MEMBERS = 50_000
IN_FLIGHT = 8
"""Interactions in flight at once during the members' run (latency is not measured there)."""
_BATCH = 1_000


async def measure_memory(
    bot: BotKind,
    world: World,
    work: Path,
    *,
    servers: int,
    interactions: int = INTERACTIONS,
    members: int = MEMBERS,
    seed: int = 13,
) -> dict[str, Any]:
    """RSS (MiB) at READY, after ``interactions`` and after ``members`` distinct members."""
    rng = random.Random(seed)
    results: dict[str, Any] = {"interactions": interactions, "members": members}
    for kind in (bot, BARE):
        async with bot_on_fake(kind, guilds(servers), work, label="-memory") as running:
            ready_rss, _ = running.process.memory_mib()
            stream = _mixed(kind, world, rng)
            asked = Members()
            refusals = await _ask_many(running, stream, asked, interactions, in_flight=1, rng=rng)
            rss, peak = running.process.memory_mib()
            entry: dict[str, Any] = {
                "rss_ready_mib": round(ready_rss, 1),
                "rss_after_interactions_mib": round(rss, 1),
                "peak_after_interactions_mib": round(peak, 1),
            }
            if kind is bot:
                refusals += await _ask_many(
                    running, stream, asked, members - asked.count, in_flight=IN_FLIGHT, rng=rng
                )
                after, peak_after = running.process.memory_mib()
                entry.update(
                    distinct_members=asked.count,
                    rss_after_members_mib=round(after, 1),
                    peak_after_members_mib=round(peak_after, 1),
                    members_added_mib=round(after - rss, 1),
                )
            entry["refusals"] = refusals
            results[kind.name] = entry
    return results


def _mixed(kind: BotKind, world: World, rng: random.Random) -> itertools.chain[Ask]:
    """Every figure in turn, forever (the bare bot: ``/ping`` and ``/echo`` autocomplete)."""
    if kind is BARE:
        streams = [bare_asks(rng, figure) for figure in FIGURES]
    else:
        streams = [asks(world, rng, figure) for figure in FIGURES]
    return itertools.chain.from_iterable(zip(*streams, strict=False))


async def _ask_many(
    running: Running,
    stream: itertools.chain[Ask],
    members: Members,
    count: int,
    *,
    in_flight: int,
    rng: random.Random,
) -> int:
    """``count`` interactions from new members, ``in_flight`` at a time; how many refused."""
    done = refused = 0
    while done < count:
        batch = min(_BATCH, count - done)
        queue: asyncio.Queue[Ask] = asyncio.Queue()
        for ask in itertools.islice(stream, batch):
            queue.put_nowait(ask)
        workers = (_worker(running, queue, members, rng) for _ in range(in_flight))
        refused += sum(await asyncio.gather(*workers))
        running.fake.forget_records()
        done += batch
    return refused


async def _worker(
    running: Running, queue: asyncio.Queue[Ask], members: Members, rng: random.Random
) -> int:
    refused = 0
    while not queue.empty():
        ask = queue.get_nowait()
        guild = rng.choice(running.fake.guilds)
        got = await answer(running.fake, ask, guild_id=guild.id, user=members.next())
        refused += got.refused
    return refused
