"""Fixtures shared by the whole suite: real temporary seeds folders and SQLite files."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import Database, open_database

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"


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
