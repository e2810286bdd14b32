"""Start-up: from starting the process to READY, and to the first answer, beside the bare bot.

READY is when the fake Discord has sent READY and every server's GUILD_CREATE: the bot has
logged in, run its set-up (extensions, database, alerts, the seeds watcher) and identified.
The first answer is what a member sees: the first command, sent as soon as READY is out,
answered. Each bot is started several times, alternately, on a fresh fake with the same
servers; the medians are reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.asking import Ask, Members, answer
from bench.processes import BARE, BotKind, bot_on_fake, guilds
from bench.stats import median, ratio

ROUNDS = 5


async def measure_startup(
    bot: BotKind, work: Path, *, servers: int, rounds: int = ROUNDS
) -> dict[str, Any]:
    """Median seconds to READY and to the first answer, for the bot and the bare bot."""
    members = Members()
    timings: dict[str, dict[str, list[float]]] = {}
    firsts = {bot.name: Ask("release-date"), BARE.name: Ask("ping")}
    for round_ in range(rounds):
        for kind in (bot, BARE):
            async with bot_on_fake(kind, guilds(servers), work, label=f"-start{round_}") as running:
                started = running.process.started_at
                guild_id = running.fake.guilds[0].id
                first = await answer(
                    running.fake, firsts[kind.name], guild_id=guild_id, user=members.next()
                )
                if first.refused:
                    raise RuntimeError(f"{kind.name}'s first answer was a refusal")
                seen = timings.setdefault(kind.name, {"ready": [], "first_answer": []})
                seen["ready"].append(running.ready_seconds)
                seen["first_answer"].append(first.answered_at - started)
    ours, theirs = timings[bot.name], timings[BARE.name]
    return {
        "rounds": rounds,
        "servers": servers,
        "ready_seconds": round(median(ours["ready"]), 3),
        "bare_ready_seconds": round(median(theirs["ready"]), 3),
        "ready_ratio": ratio(median(ours["ready"]), median(theirs["ready"])),
        "first_answer_seconds": round(median(ours["first_answer"]), 3),
        "bare_first_answer_seconds": round(median(theirs["first_answer"]), 3),
        "first_answer_ratio": ratio(median(ours["first_answer"]), median(theirs["first_answer"])),
        "all": timings,
    }
