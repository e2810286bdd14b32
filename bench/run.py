"""The performance benchmark: honest figures on real-sized articles, beside a bare bot.

    python -m bench.run [--n 10000] [--quick] [--growth] [--out bench/results.json] [--work DIR]

The default run generates N articles of real length and shape (:mod:`bench.generate`), seeds
an empty database from them and re-seeds it, then runs the bot as a process against the fake
Discord of the tests, with Discord's rate limits, beside a bare discord.py bot: start-up,
memory (after 500 interactions, and with 50,000 distinct members), the latency of every
command and of autocomplete as Discord sees it, and one article alerted to 1,000 servers.
``--growth`` runs the 1,000 / 10,000 / 100,000-article series instead. ``--quick`` is the
test suite's smoke run: small counts, figures that are no measurement.

Prints the table (target, figure, the bare bot's figure) and writes the JSON results file;
the default run and the growth series each replace their own part of it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_N = 10_000
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"
SERVERS = 20
"""Servers the bots are in for start-up, memory and latency (fan-out has its own)."""


@dataclass(frozen=True, slots=True)
class Counts:
    """How much each part of the default run does."""

    startup_rounds: int = 5
    interactions: int = 500
    members: int = 50_000
    latency_calls: int = 500
    fanout_servers: int = 1_000
    extraction_sample: int = 1_000
    """Articles the extractor's own cost is timed over (twice: a warming pass, then the timed)."""


QUICK = Counts(
    startup_rounds=1, interactions=30, members=60, latency_calls=10, fanout_servers=60,
    extraction_sample=20,
)  # fmt: skip


async def default_run(n: int, work: Path, counts: Counts) -> dict[str, Any]:
    # Imported here, not at the top: ingestion's worker processes start by importing this
    # module (multiprocessing's "spawn"), and need none of this.
    from bench.fanout import measure_fanout  # noqa: PLC0415
    from bench.generate import generate  # noqa: PLC0415
    from bench.ingestion import measure_ingestion  # noqa: PLC0415
    from bench.latency import measure_latency  # noqa: PLC0415
    from bench.memory import measure_memory  # noqa: PLC0415
    from bench.processes import BARE, bot_on_fake, fanbot, guilds  # noqa: PLC0415
    from bench.startup import measure_startup  # noqa: PLC0415

    seeds, db_path = work / "seeds", work / "data" / "bot.db"
    seeds.mkdir(parents=True)
    world, articles = generate(n + 1)
    # The newest article is held back: written during the run, it is the news to fan out.
    for article in articles[:n]:
        (seeds / article.file_name).write_text(article.text, encoding="utf-8")
    words = sorted(article.words for article in articles)
    figures: dict[str, Any] = {
        "corpus": {"articles": n, "words_min": words[0], "words_median": words[len(words) // 2]}
    }
    figures["corpus"]["words_max"] = words[-1]
    print(f"seeding {n:,} articles ...", flush=True)
    figures["ingestion"] = await measure_ingestion(
        seeds, db_path, extraction_sample=counts.extraction_sample
    )
    bot = fanbot(db_path, seeds)
    print("start-up ...", flush=True)
    figures["startup"] = await measure_startup(
        bot, work, servers=SERVERS, rounds=counts.startup_rounds
    )
    print(f"memory ({counts.members:,} members) ...", flush=True)
    figures["memory"] = await measure_memory(
        bot,
        world,
        work,
        servers=SERVERS,
        interactions=counts.interactions,
        members=counts.members,
    )
    print("latency ...", flush=True)
    async with (
        bot_on_fake(bot, guilds(SERVERS), work, label="-latency") as ours,
        bot_on_fake(BARE, guilds(SERVERS), work, label="-latency") as theirs,
    ):
        figures["latency"] = await measure_latency(ours, theirs, world, calls=counts.latency_calls)
    print(f"fan-out to {counts.fanout_servers:,} servers ...", flush=True)
    figures["fanout"] = await measure_fanout(bot, articles[n], work, servers=counts.fanout_servers)
    return figures


def _machine(load_before: float) -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
    }


def busy_warning(machine: dict[str, Any]) -> str | None:
    """A warning when other programs kept the machine busy: the figures are then not its own."""
    load = max(machine["load_average_before"], machine["load_average_after"])
    if load <= (machine["cpus"] or 1) * 0.5:
        return None
    return (
        f"WARNING: the machine was busy (load average {load:.1f} on {machine['cpus']} cores); "
        "these figures are not from a quiet machine: measure again with nothing else running."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="articles in the corpus")
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    parser.add_argument("--growth", action="store_true", help="the 1k/10k/100k series")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the JSON results file")
    parser.add_argument("--work", type=Path, help="keep the corpus, database and logs here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from bench.report import default_rows, growth_rows, table  # noqa: PLC0415

    load_before = os.getloadavg()[0]
    work = args.work or Path(tempfile.mkdtemp(prefix="fanbot-bench-"))
    if args.work is not None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        counts = QUICK if args.quick else Counts()
        if args.growth:
            from bench.growth import SIZES, measure_growth  # noqa: PLC0415

            sizes = (200, 400) if args.quick else SIZES
            calls = 10 if args.quick else 300
            figures = asyncio.run(
                measure_growth(work, sizes, calls=calls, extraction_sample=counts.extraction_sample)
            )
            rows = growth_rows(figures)
        else:
            figures = asyncio.run(default_run(args.n, work, counts))
            rows = default_rows(figures)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    machine = _machine(load_before)
    print()
    print(table(rows))
    warning = busy_warning(machine)
    if warning:
        print(f"\n{warning}")
    part = "growth" if args.growth else "default"
    results: dict[str, Any] = {}
    if args.out.exists():
        results = json.loads(args.out.read_text(encoding="utf-8"))
        results = {key: value for key, value in results.items() if key in ("default", "growth")}
    results[part] = {
        "n": None if args.growth else args.n,
        "quick": args.quick,
        "machine": machine,
        "rows": [row.as_dict() for row in rows],
        "figures": figures,
    }
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
