"""The performance benchmark: every figure of the performance targets, in one run.

    python -m bench.run [--n 10000] [--quick] [--out bench/results.json] [--work DIR]

Generates N synthetic articles, seeds an empty database from them (figure 1), times the
command handlers (2), then runs the real bot as a process against the fake Discord for the
end-to-end, alert, memory and start-up figures (3 to 6). Prints a table and writes JSON.
``--quick`` makes fewer calls (for the test suite's smoke run); its figures are not targets.
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_N = 10_000
ALERT_FILES = 50
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"
HANDLER_COMMANDS = (
    "who-plays", "who-is", "release-date", "quote", "quote person:", "news search",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    figure: str
    value: float
    unit: str
    target: str
    met: bool | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "value": self.value,
            "unit": self.unit,
            "target": self.target,
            "met": self.met,
        }


def _at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: value <= limit


def _at_least(limit: float) -> Callable[[float], bool]:
    return lambda value: value >= limit


def rows_of(figures: dict[str, Any]) -> list[Row]:
    """The table: each figure with its target (None when it has no target of its own)."""
    ingestion, handlers = figures["ingestion"], figures["handlers"]
    live = figures["live"]
    rows: list[tuple[str, float, str, str, Callable[[float], bool] | None]] = [
        (
            "ingestion: full seed",
            ingestion["articles_per_second"],
            "articles/s",
            ">= 1000",
            _at_least(1000),
        ),
        ("ingestion: full seed time", ingestion["full_seconds"], "s", "", None),
        (
            "ingestion: re-seed, nothing changed",
            ingestion["reseed_unchanged_seconds"],
            "s",
            "<= 1",
            _at_most(1.0),
        ),
        (
            "ingestion: re-seed, 1 file changed",
            ingestion["reseed_one_changed_seconds"],
            "s",
            "",
            None,
        ),
    ]
    for command in HANDLER_COMMANDS:
        latency = handlers[command]
        rows.append((f"handler /{command} p50", latency["p50_ms"], "ms", "", None))
        rows.append((f"handler /{command} p99", latency["p99_ms"], "ms", "<= 5", _at_most(5.0)))
    rows += [
        ("autocomplete p50", handlers["autocomplete"]["p50_ms"], "ms", "", None),
        ("autocomplete p99", handlers["autocomplete"]["p99_ms"], "ms", "<= 3", _at_most(3.0)),
        ("e2e /who-plays p50", live["e2e"]["who_plays"]["p50_ms"], "ms", "", None),
        ("e2e /who-plays p99", live["e2e"]["who_plays"]["p99_ms"], "ms", "", None),
        ("e2e minimal /ping p50", live["e2e"]["minimal_ping"]["p50_ms"], "ms", "", None),
        ("e2e minimal /ping p99", live["e2e"]["minimal_ping"]["p99_ms"], "ms", "", None),
        ("e2e ratio to minimal bot, p50", live["e2e"]["ratio_p50"], "x", "<= 1.25", _at_most(1.25)),
        ("e2e ratio to minimal bot, p99", live["e2e"]["ratio_p99"], "x", "", None),
        (
            "alert latency p50 (all 20 servers)",
            live["alerts"]["all_servers"]["p50_ms"],
            "ms",
            "",
            None,
        ),
        (
            "alert latency p99 (all 20 servers)",
            live["alerts"]["all_servers"]["p99_ms"],
            "ms",
            "<= 1000",
            _at_most(1000.0),
        ),
        (
            "peak RSS after READY",
            live["memory"]["peak_rss_after_ready_mb"],
            "MB",
            "<= 80",
            _at_most(80.0),
        ),
        (
            f"peak RSS after {live['memory']['commands']} commands",
            live["memory"]["peak_rss_after_commands_mb"],
            "MB",
            "<= 80",
            _at_most(80.0),
        ),
        (
            f"memory added by {live['memory']['members']:,} distinct members",
            live["memory"]["members_added_mb"],
            "MB",
            "<= 10",
            _at_most(10.0),
        ),
        (
            "start-up to READY",
            live["startup"]["to_ready_seconds"],
            "s",
            "<= 2",
            _at_most(2.0),
        ),
        ("start-up to first answer", live["startup"]["to_first_answer_seconds"], "s", "", None),
    ]
    return [
        Row(name, value, unit, target, None if check is None else check(value))
        for name, value, unit, target, check in rows
    ]


def table(rows: list[Row]) -> str:
    width = max(len(row.figure) for row in rows)
    lines = [f"{'figure':<{width}}  {'value':>10}  {'unit':<10}  {'target':<8}  met"]
    lines.append("-" * len(lines[0]))
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "NO")
        lines.append(
            f"{row.figure:<{width}}  {row.value:>10,.3f}  {row.unit:<10}  {row.target:<8}  {met}"
        )
    return "\n".join(lines)


async def run(n: int, work: Path, *, quick: bool) -> dict[str, Any]:
    # Imported here, not at the top: ingestion's worker processes start by importing this
    # module (multiprocessing's "spawn"), and need none of this.
    from bench.generate import generate  # noqa: PLC0415
    from bench.handlers import CALLS, measure_handlers  # noqa: PLC0415
    from bench.ingestion import measure_ingestion  # noqa: PLC0415
    from bench.live import QUICK, Counts, measure_live  # noqa: PLC0415

    seeds, db_path = work / "seeds", work / "data" / "bot.db"
    seeds.mkdir(parents=True)
    world, articles = generate(n + ALERT_FILES)
    # The newest articles are held back: written during the run, they are news to alert.
    for article in articles[:n]:
        (seeds / article.file_name).write_text(article.text, encoding="utf-8")
    figures: dict[str, Any] = {}
    print(f"figure 1: seeding {n:,} articles ...", flush=True)
    figures["ingestion"] = await measure_ingestion(seeds, db_path)
    print("figure 2: command handlers ...", flush=True)
    calls = 100 if quick else CALLS
    figures["handlers"] = await measure_handlers(db_path, world, calls)
    print("figures 3-6: the bot as a process on the fake Discord ...", flush=True)
    counts = QUICK if quick else Counts()
    figures["live"] = await measure_live(
        db_path, seeds=seeds, world=world, alert_articles=articles[n:], work=work, counts=counts
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="articles in the corpus")
    parser.add_argument("--quick", action="store_true", help="fewer calls: a smoke run")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the JSON results file")
    parser.add_argument("--work", type=Path, help="keep the corpus, database and logs here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    work = args.work or Path(tempfile.mkdtemp(prefix="fanbot-bench-"))
    if args.work is not None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        figures = asyncio.run(run(args.n, work, quick=args.quick))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    rows = rows_of(figures)
    print()
    print(table(rows))
    results = {
        "n": args.n,
        "quick": args.quick,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "rows": [row.as_dict() for row in rows],
        "figures": figures,
    }
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
