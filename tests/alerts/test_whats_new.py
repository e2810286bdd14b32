"""An alert's "What's new" is exactly what ``/cast``, ``/crew`` and ``/release-date`` show
changed right afterwards, in their names: on the real extractor and the test corpus."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.alerts.queue import enqueue_article_alerts
from bot.answers.alerts import ChangeKind, NewsItem
from bot.answers.lookups import CastOrder, WhoPlays
from bot.db.connection import Database, open_database
from bot.ingestion.pipeline import KeptLedger, ingest_folder
from bot.knowledge import Knowledge
from bot.render.alert_cards import alert_card
from bot.render.cards import cards_for
from bot.render.text import TextStyle
from tests.alerts.helpers import CORPUS, drop, outbox, subscribe
from tests.alerts.whats_new import Shown, alert_lines, expected_whats_new, pages, shown
from tests.conftest import SEEDS

TODAY = dt.date(2026, 1, 1)
"""The corpus's premiere dates are still ahead on this day."""
ARTICLES = sorted(path.name for path in CORPUS.glob("1*.txt"))


async def ingest(db: Database, seeds: Path, kept: KeptLedger | None = None) -> None:
    await ingest_folder(db, seeds, on_new_article=enqueue_article_alerts, kept=kept)


async def commands(knowledge: Knowledge) -> Shown:
    """What the three commands show now, read from their console cards."""
    knowledge.invalidate()
    style = TextStyle()
    cast = pages(cards_for(await knowledge.cast(CastOrder.ALPHABETICAL), style))
    crew = pages(cards_for(await knowledge.crew(), style))
    (release,) = pages(cards_for(await knowledge.release_info(), style))
    return shown(cast, crew, release)


async def alerted(db: Database) -> dict[str, NewsItem]:
    """The alert queued for each article (one subscribed server)."""
    return {
        item.file_name: item
        for item in (NewsItem.from_json(row["payload"]) for row in await outbox(db))
    }


async def subscribed(db: Database, seeds: Path) -> Knowledge:
    await ingest(db, seeds)  # the first seeding: history, no alerts
    await subscribe(db, 1, 10)
    return Knowledge(db, today=lambda: TODAY)


async def test_each_article_alerts_exactly_what_cast_crew_and_release_date_then_show(
    db: Database, seeds_dir: Path
) -> None:
    knowledge = await subscribed(db, seeds_dir)
    before = await commands(knowledge)
    for name in ARTICLES:
        drop(seeds_dir, name)
        await ingest(db, seeds_dir)
        after = await commands(knowledge)
        card = alert_card((await alerted(db))[name], TextStyle(), today=TODAY)
        listed = next((f.value for f in card.fields if f.name == "What's new"), None)
        assert alert_lines(listed) == expected_whats_new(before, after), name
        before = after


async def test_known_people_named_by_surname_are_no_new_crew(db: Database, seeds_dir: Path) -> None:
    await subscribed(db, seeds_dir)
    for name in ("101_new-characters.txt", "102_filming-begins.txt"):
        drop(seeds_dir, name)
        await ingest(db, seeds_dir)
    changes = (await alerted(db))["102_filming-begins.txt"].changes
    crew = {change.subject for change in changes if change.kind is ChangeKind.NEW_CREW}
    assert "Westmoreland" not in crew and "Oseman" not in crew
    assert not crew & {"Wash Westmoreland", "Alice Oseman"}  # long known, in those jobs


async def test_a_misspelt_post_is_no_recast_and_renames_no_one(
    db: Database, seeds_dir: Path
) -> None:
    knowledge = await subscribed(db, seeds_dir)
    drop(seeds_dir, "103_mod-update.txt")  # "Toby Donovan is back as Isaac"
    await ingest(db, seeds_dir)
    changes = (await alerted(db))["103_mod-update.txt"].changes
    assert [change for change in changes if change.kind is ChangeKind.RECAST] == []
    knowledge.invalidate()
    answer = await knowledge.who_plays("Isaac")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert answer.current.actor == "Tobie Donovan"


async def test_a_role_that_only_gained_a_surname_is_not_new_cast(
    db: Database, seeds_dir: Path
) -> None:
    await subscribed(db, seeds_dir)
    for name in ARTICLES[:5]:
        drop(seeds_dir, name)
    await ingest(db, seeds_dir)
    drop(seeds_dir, "106_title-reveal.txt")  # "Jenny Walser as Tori Spring", known as Tori
    await ingest(db, seeds_dir)
    changes = (await alerted(db))["106_title-reveal.txt"].changes
    assert [c for c in changes if c.kind in (ChangeKind.NEW_CAST, ChangeKind.RECAST)] == []
    assert [c for c in changes if c.kind is ChangeKind.NEW_CREW] == []  # "Iain" is "Ian Canning"


async def one_by_one(db: Database, seeds: Path, kept: KeptLedger | None = None) -> None:
    """Drop each corpus article into ``seeds`` in turn, ingesting after each."""
    for name in ARTICLES:
        drop(seeds, name)
        await ingest(db, seeds, kept)


@pytest.fixture
async def fresh_each_time(db: Database, seeds_dir: Path) -> dict[str, NewsItem]:
    """The alerts of the corpus dropped one by one, each ingest with a ledger of its own."""
    await subscribed(db, seeds_dir)
    await one_by_one(db, seeds_dir)
    return await alerted(db)


@pytest.fixture
async def other(tmp_path: Path) -> AsyncIterator[tuple[Database, Path]]:
    """A second database and seeds folder with the real seeds, subscribed."""
    seeds = tmp_path / "other-seeds"
    shutil.copytree(SEEDS, seeds)
    async with open_database(tmp_path / "other.db") as database:
        await subscribed(database, seeds)
        yield database, seeds


async def test_a_burst_of_files_alerts_each_article_with_its_own_changes(
    fresh_each_time: dict[str, NewsItem], other: tuple[Database, Path]
) -> None:
    burst, seeds = other
    for name in ARTICLES:
        drop(seeds, name)
    await ingest(burst, seeds)  # all eight in one ingest, one transaction
    assert await alerted(burst) == fresh_each_time


async def test_a_ledger_kept_from_ingest_to_ingest_says_what_a_fresh_one_says(
    fresh_each_time: dict[str, NewsItem], other: tuple[Database, Path]
) -> None:
    running, seeds = other
    kept = KeptLedger()
    await one_by_one(running, seeds, kept)  # as the running bot does, file by file
    assert kept.ledger is not None
    assert await alerted(running) == fresh_each_time
