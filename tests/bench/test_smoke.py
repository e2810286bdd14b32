"""The benchmark's smoke run: N = 200, few calls, so ``make bench`` cannot rot.

It proves every figure is produced and the results file is valid JSON; it asserts nothing
about speed (speed is the benchmark's business, never the test suite's).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

from bench.generate import generate
from bench.run import HANDLER_COMMANDS

ROOT = Path(__file__).resolve().parents[2]


def test_the_generator_is_seeded_and_writes_the_seed_format() -> None:
    world, articles = generate(50, seed=3)
    again, same = generate(50, seed=3)
    assert [a.text for a in articles] == [a.text for a in same]
    assert world.characters == again.characters
    assert len({a.file_name for a in articles}) == 50
    assert all(a.text.startswith(" date 20") for a in articles)
    assert len(set(world.actors)) == len(world.actors) >= 40


def test_a_small_benchmark_run_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--n", "200", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["n"] == 200
    figures = {row["figure"]: row for row in results["rows"]}
    expected = [
        "ingestion: full seed",
        "ingestion: re-seed, nothing changed",
        "ingestion: re-seed, 1 file changed",
        *(f"handler /{command} p99" for command in HANDLER_COMMANDS),
        "autocomplete p99",
        "e2e ratio to minimal bot, p50",
        "alert latency p99 (all 20 servers)",
        "peak RSS after READY",
        "start-up to READY",
    ]
    for name in expected:
        assert name in figures, name
    for row in results["rows"]:
        assert isinstance(row["value"], int | float) and math.isfinite(row["value"]), row
        assert row["value"] > 0, row
    assert any(name.startswith("peak RSS after") and "commands" in name for name in figures)
    assert "figure" in done.stdout  # the table was printed
