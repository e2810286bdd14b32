"""The benchmark's smoke run: a small corpus and small counts, so ``make bench`` cannot rot.

It proves the corpus has the shape of real articles, every figure is produced, the results file
is valid JSON and no refusal was measured; it asserts nothing about speed (speed is the
benchmark's business, never the test suite's).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bench.asking import FIGURES
from bench.generate import MAX_WORDS, MIN_WORDS, generate

ROOT = Path(__file__).resolve().parents[2]


HANG_GUARD_SECONDS = 400
"""Only a hang trips this: a smoke run takes about 10 s on a quiet 2-core machine, several times
that on a busy one, and the suite must not depend on which."""


def _run(*args: str, out: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "measured" in done.stdout and "bare bot" in done.stdout  # the table was printed
    results: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return results


def test_the_generator_is_seeded_and_writes_the_seed_format() -> None:
    world, articles = generate(50, seed=3)
    again, same = generate(50, seed=3)
    assert [a.text for a in articles] == [a.text for a in same]
    assert world.characters == again.characters
    assert len({a.file_name for a in articles}) == 50
    assert all(a.text.startswith(" date 20") for a in articles)
    assert len(set(world.actors)) == len(world.actors) >= 40


def test_generated_articles_have_the_length_and_parts_of_real_news() -> None:
    world, articles = generate(300, seed=5)
    assert all(MIN_WORDS <= article.words <= MAX_WORDS for article in articles)
    texts = "\n".join(article.text for article in articles)
    assert "“" in texts and '"' in texts  # curly and straight quotes
    assert "\n- " in texts and " as " in texts  # bullet and inline cast lists
    assert "?\n" in texts  # question subheads
    assert any(reporter in texts for reporter in world.reporters)  # bylines and credits
    people = {*world.actors, *world.characters, *world.crew, *world.speakers, *world.reporters}
    assert len(people) == sum(
        map(len, (world.actors, world.characters, world.crew, world.speakers, world.reporters))
    )  # every invented name is distinct


@pytest.mark.slow
@pytest.mark.timeout(HANG_GUARD_SECONDS + 60)
def test_a_small_benchmark_run_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    results = _run("--n", "200", out=out)
    default = results["default"]
    assert isinstance(default, dict)
    figures = {row["figure"]: row for row in default["rows"]}
    for name in (
        "full seed from empty",
        "re-seed, nothing changed (200 files)",
        "start -> READY",
        "start -> first answer",
        *(f"/{figure} p99" for figure in FIGURES if figure != "autocomplete"),
        "autocomplete p99",
        "refusals (cooldowns) measured",
        "fan-out: servers delivered",
        "fan-out: 429s from ignoring a bucket",
    ):
        assert name in figures, name
    for row in default["rows"]:
        assert isinstance(row["value"], int | float) and math.isfinite(row["value"]), row
    assert figures["refusals (cooldowns) measured"]["value"] == 0
    assert figures["fan-out: servers delivered"]["met"] is True
    assert figures["start -> READY"]["bare"] > 0  # the bare bot's figure stands beside it
    assert default["figures"]["latency"]["who-plays"]["bot"]["count"] == 10


@pytest.mark.slow
@pytest.mark.timeout(HANG_GUARD_SECONDS + 60)
def test_the_growth_series_runs_and_keeps_the_default_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    out.write_text(json.dumps({"default": {"kept": True}}), encoding="utf-8")
    results = _run("--growth", out=out)
    assert results["default"] == {"kept": True}
    growth = results["growth"]
    assert isinstance(growth, dict)
    assert set(growth["figures"]) == {"200", "400"}
    names = [row["figure"] for row in growth["rows"]]
    assert "seed rate, largest / smallest" in names
    assert "/who-plays p99, largest / smallest" in names
    # The asks are timed after the catch-up at start, whose length is a figure of its own.
    assert "200: READY -> seeds caught up" in names
    assert all(entry["catch_up_seconds"] >= 0 for entry in growth["figures"].values())
