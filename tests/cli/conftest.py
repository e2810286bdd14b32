"""Fixtures of the command-line tests: a database seeded once by the operator's command."""

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_main import EXIT_OK, run
from tests.conftest import SEEDS


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seeds seeded by ``python -m bot seed``, once per test process: seeding compiles
    the extractor's patterns (seconds of CPU), which a test of what a seeded database answers
    need not pay for again."""
    folder = tmp_path_factory.mktemp("seeded")
    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    database = folder / "bot.db"
    result = run("seed", "--seeds", str(seeds), "--db", str(database), cwd=folder)
    assert result.returncode == EXIT_OK, result.stderr
    return database


@pytest.fixture
def seeded_db(tmp_path: Path, seeded_template: Path) -> Path:
    """A copy of the seeded database in the test's own folder, made with SQLite's backup API
    (a consistent copy, whatever the journal holds): a test may change it freely."""
    database = tmp_path / "bot.db"
    with (
        contextlib.closing(sqlite3.connect(seeded_template)) as source,
        contextlib.closing(sqlite3.connect(database)) as copy,
    ):
        source.backup(copy)
    return database
