"""Fixtures shared by the whole suite (real temporary seeds folders and SQLite files), the
order the slow tests run in and how many workers run them."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import Database, open_database

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``--numprocesses=auto`` (``make test``): one worker per core the process may use, and one
    more. Many tests wait (on the bot processes they start, the fake Discord, a settle timer)
    with their core idle; on the 2-core CI machine a third worker took the run from 539 s to
    489 s for the same CPU."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # no affinity on this platform (macOS)
        cores = os.cpu_count() or 1
    return cores + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (each a minute or more of subprocesses: kill-and-restart loops,
    the benchmark's smoke runs, big seeds) run first. pytest-xdist hands each worker a run of
    tests and lets an idle one take the tail of another's: a slow test left near the end would
    keep one core busy while the other has nothing left to take."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A copy of the real seed articles in a temporary folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def corpus_dir(seeds_dir: Path) -> Path:
    """The real seeds plus the fictional test corpus, as one seeds folder."""
    for article in sorted(CORPUS.glob("*.txt")):
        shutil.copy(article, seeds_dir / article.name)
    return seeds_dir


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with open_database(tmp_path / "data" / "bot.db") as database:
        yield database
