"""An answer or an index read while the knowledge changed is returned, not kept: the change's
:meth:`Knowledge.invalidate` came after the read began, so what it read may be what the change
replaced. The change is made inside the read, so no timing is involved."""

import random
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.answers.lookups import WhoPlays
from bot.db import people
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from bot.knowledge.matching import NameIndex


@pytest.fixture
async def seeded(db: Database, seeds_dir: Path) -> Knowledge:
    await ingest_folder(db, seeds_dir)
    return Knowledge(db, random.Random(7))


def _counted(
    real: Callable[..., Awaitable[Any]], calls: list[int], change: Knowledge | None = None
) -> Callable[..., Awaitable[Any]]:
    """``real``, counting its calls, and (given ``change``) the knowledge changing while it
    reads."""

    async def read(*args: Any) -> Any:
        calls.append(1)
        found = await real(*args)
        if change is not None:
            change.invalidate()  # a correction committed while this read was under way
        return found

    return read


async def test_an_answer_read_across_a_change_is_read_again(
    seeded: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = people.who_plays, list[int]()
    monkeypatch.setattr(people, "who_plays", _counted(real, calls, change=seeded))
    assert isinstance(await seeded.who_plays("Nick"), WhoPlays)
    monkeypatch.setattr(people, "who_plays", _counted(real, calls))
    assert isinstance(await seeded.who_plays("Nick"), WhoPlays)
    assert len(calls) == 2
    assert isinstance(await seeded.who_plays("Nick"), WhoPlays)
    assert len(calls) == 2  # read in one generation: kept


async def test_an_index_built_across_a_change_is_built_again(
    seeded: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = people.name_rows, list[int]()
    monkeypatch.setattr(people, "name_rows", _counted(real, calls, change=seeded))
    await seeded.character_index()
    monkeypatch.setattr(people, "name_rows", _counted(real, calls))
    await seeded.character_index()
    await seeded.character_index()
    assert len(calls) == 2


async def test_a_name_index_is_built_off_the_event_loop(
    seeded: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop_thread = threading.current_thread()
    threads: list[threading.Thread] = []
    real = NameIndex.build

    def build(names: Any) -> NameIndex:
        threads.append(threading.current_thread())
        return real(names)

    monkeypatch.setattr(NameIndex, "build", build)
    assert isinstance(await seeded.who_plays("Nick"), WhoPlays)
    assert threads
    assert loop_thread not in threads
