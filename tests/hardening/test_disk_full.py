"""The disk fills up while a moderator's article is written: the moderator is told, and
nothing half-written stays in ``seeds/`` (no partial file, no temporary file)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from tests.hardening.helpers import text_of
from tests.world import MODERATOR, World

ARTICLE = {"title": "Caspian Ferreira Joins", "body": "Caspian Ferreira will play Ashby Pim."}


def _full(*_: Any, **__: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["write", "fsync", "link"])
async def test_a_full_disk_while_writing_news_tells_the_moderator_and_leaves_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    before = sorted(path.name for path in world.seeds.iterdir())
    if step == "write":
        real_open = Path.open

        def open_then_fill(self: Path, *args: Any, **kwargs: Any) -> Any:
            handle = real_open(self, *args, **kwargs)
            if self.name.startswith(".newsdesk-"):
                handle.write(b" date 2025-01-01 half an artic")  # some bytes made it
                handle.write = _full
            return handle

        monkeypatch.setattr(Path, "open", open_then_fill)
    else:
        monkeypatch.setattr(os, step, _full)
    refused = await world.reply("news add", ARTICLE, member_permissions=MODERATOR)
    monkeypatch.undo()
    assert "disk is full" in text_of(refused)
    assert sorted(path.name for path in world.seeds.iterdir()) == before

    added = await world.reply("news add", ARTICLE, member_permissions=MODERATOR)  # space again
    assert "Added" in text_of(added)
    assert len(list(world.seeds.iterdir())) == len(before) + 1


async def test_a_seeds_folder_that_vanished_tells_the_moderator(world: World) -> None:
    moved = world.seeds.with_name("seeds-moved")
    world.seeds.rename(moved)
    try:
        refused = await world.reply("news add", ARTICLE, member_permissions=MODERATOR)
    finally:
        moved.rename(world.seeds)
    assert "seeds folder is missing" in text_of(refused)
