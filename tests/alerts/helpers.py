"""Shared helpers for the alerts tests: corpus files, routes, and reading the outbox."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from bot.answers.alerts import AlertKind, AlertRoute, RouteChange
from bot.db.connection import Database
from bot.db.subscriptions import save_route

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

PREMIERE_ANNOUNCED = (
    " date 2026-11-01 The film finally has a release date.\n"
    "Heartstopper Forever Gets A Date\n"
    "Netflix announced on Thursday that the film will premiere on Friday 13 February 2032, "
    "in time for Valentine's weekend.\n"
)
PREMIERE_MOVED = (
    " date 2026-11-15 The premiere has moved.\n"
    "Heartstopper Forever Is Delayed\n"
    "Netflix has pushed back the release by two weeks. The film, which had been due to arrive "
    "on 13 February, will now premiere on February 27, 2032.\n"
)

CASTING = (
    " date 2026-11-20 A new face joins the film.\n"
    "Orla Halvorsen Joins The Cast\n"
    "Orla Halvorsen will play Pim Lisowski in the film.\n"
)
"""An article whose only news is a casting."""


def drop(seeds: Path, corpus_name: str) -> Path:
    """Copy a test-corpus article into the seeds folder, as an operator would."""
    target = seeds / corpus_name
    shutil.copy(CORPUS / corpus_name, target)
    return target


async def outbox(db: Database) -> list[dict[str, Any]]:
    async with db.reading() as conn, conn.execute("SELECT * FROM alert_outbox ORDER BY id") as cur:
        return [dict(row) for row in await cur.fetchall()]


async def subscribe(
    db: Database,
    guild_id: int,
    channel_id: int,
    role_id: int | None = None,
    *,
    kinds: frozenset[AlertKind] | None = None,
    keywords: tuple[str, ...] | None = None,
    forum: bool = False,
) -> AlertRoute:
    """Route ``channel_id``'s alerts as ``/alerts set`` would (every article by default)."""
    change = RouteChange(guild_id, channel_id, forum, kinds, keywords, role_id)
    saved = await save_route(db, change, user_id=1)
    assert saved is not None
    return saved[0]
