"""Growth: the same figures at 1,000, 10,000 and 100,000 articles.

For each size, a corpus of that many articles (its invented world grows with it: about one
new actor and character every eight articles), a full seed from empty (articles per second),
the database's size per article, then the bot as a process: start to READY, its catch-up with
the seeds folder after READY, RSS after 500 interactions, and the p99 of ``/who-plays`` and of
autocomplete (asked once the catch-up is over). Each size's files are
deleted before the next is generated.
"""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path
from typing import Any

from bench.asking import AUTOCOMPLETE, Members, answer, asks
from bench.generate import generate
from bench.ingestion import measure_ingestion
from bench.memory import INTERACTIONS
from bench.processes import bot_on_fake, caught_up, fanbot, guilds
from bench.stats import Latency, no_pauses_here

SIZES = (1_000, 10_000, 100_000)
CALLS = 300
SERVERS = 20


async def measure_growth(
    work: Path,
    sizes: tuple[int, ...] = SIZES,
    *,
    calls: int = CALLS,
    extraction_sample: int,
) -> dict[str, Any]:
    """One entry per size: seed rate, bytes per article, ready, RSS, command p99 (over
    ``calls``), the extractor's cost (over ``extraction_sample`` articles)."""
    series: dict[str, Any] = {}
    for n in sizes:
        print(f"growth: {n:,} articles ...", flush=True)
        folder = work / f"growth-{n}"
        seeds, db_path = folder / "seeds", folder / "data" / "bot.db"
        seeds.mkdir(parents=True)
        world, articles = generate(n)
        for article in articles:
            (seeds / article.file_name).write_text(article.text, encoding="utf-8")
        del articles
        ingestion = await measure_ingestion(seeds, db_path, extraction_sample=extraction_sample)
        bot = fanbot(db_path, seeds, log_level="INFO")
        rng = random.Random(n)
        members = Members()
        async with bot_on_fake(bot, guilds(SERVERS), folder, label=f"-{n}") as running:
            # The asks are timed once the catch-up with the seeds folder after READY is over:
            # its own figure, not hidden in theirs.
            catch_up = await caught_up(running.process)
            fake = running.fake
            mixed = [asks(world, rng, figure) for figure in ("who-plays", AUTOCOMPLETE)]
            for index in range(INTERACTIONS):
                ask = next(mixed[index % 2])
                await answer(fake, ask, guild_id=rng.choice(fake.guilds).id, user=members.next())
            rss, _ = running.process.memory_mib()
            fake.forget_records()
            timed: dict[str, list[float]] = {"who-plays": [], AUTOCOMPLETE: []}
            with no_pauses_here():
                for figure, stream in zip(timed, mixed, strict=True):
                    for _ in range(calls):
                        guild_id = rng.choice(fake.guilds).id
                        got = await answer(
                            fake, next(stream), guild_id=guild_id, user=members.next()
                        )
                        timed[figure].append(got.seconds)
            series[str(n)] = {
                "articles": n,
                "articles_per_second": ingestion["articles_per_second"],
                "reseed_unchanged_seconds": ingestion["reseed_unchanged_seconds"],
                "db_bytes": ingestion["db_bytes"],
                "db_bytes_per_article": ingestion["db_bytes_per_article"],
                "ready_seconds": round(running.ready_seconds, 3),
                "catch_up_seconds": round(catch_up, 3),
                "rss_after_interactions_mib": round(rss, 1),
                "who_plays": Latency.of(timed["who-plays"]).as_dict(),
                "autocomplete": Latency.of(timed[AUTOCOMPLETE]).as_dict(),
            }
        shutil.rmtree(folder, ignore_errors=True)
    return series


def marginal_bytes_per_article(series: list[dict[str, Any]]) -> list[float]:
    """Bytes each added article costs between consecutive sizes (linear growth: all alike)."""
    ordered = sorted(series, key=lambda entry: entry["articles"])
    return [
        (bigger["db_bytes"] - smaller["db_bytes"]) / (bigger["articles"] - smaller["articles"])
        for smaller, bigger in itertools.pairwise(ordered)
    ]


def spread(values: list[float]) -> float:
    """How far apart the values are: largest over smallest (1.0 when all are equal)."""
    return round(max(values) / min(values), 3) if values and min(values) > 0 else float("nan")
