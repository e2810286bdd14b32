"""What each new article changed, as the ledger follows an ingest: chosen facts, real storage.

The extractor is replaced by a script (:mod:`tests.scripted`); alerts are queued for one
subscribed server, and each test reads what the alert of an article says changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.alerts.queue import enqueue_article_alerts
from bot.answers.alerts import Change, ChangeKind, NewsItem
from bot.answers.lookups import CastList
from bot.db.connection import Database
from bot.db.snapshot import KnowledgeChange
from bot.facts import (
    Article,
    ArticleFacts,
    CastFact,
    CastStatus,
    CrewFact,
    CrewRole,
    QuoteFact,
    SourceKind,
)
from bot.ingestion.pipeline import KeptLedger, NewArticleHook, Outcome
from bot.knowledge import Knowledge
from tests.alerts.helpers import outbox, subscribe
from tests.scripted import Ingest, scripted_ingest

RORY = CastFact("Rory Calloway", "Jonah Pryce", "Rory Calloway will play Jonah Pryce")
DANA = CrewFact("Dana Whitlow", CrewRole.DIRECTOR, "directed by Dana Whitlow")
HISTORY = {"The cast so far.": ArticleFacts(cast=(RORY,), crew=(DANA,), people=("Dana Whitlow",))}


async def following(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: NewArticleHook
) -> Ingest:
    ingest = scripted_ingest(db, tmp_path / "seeds", monkeypatch, hook)
    await ingest(HISTORY)  # the first seeding: history, no alerts
    await subscribe(db, 1, 10)
    return ingest


@pytest.fixture
async def ingest(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ingest:
    return await following(db, tmp_path, monkeypatch, enqueue_article_alerts)


async def changes(db: Database) -> dict[str, tuple[Change, ...]]:
    """What each alert says changed, by the article's lede."""
    items = (NewsItem.from_json(row["payload"]) for row in await outbox(db))
    return {item.lede: item.changes for item in items}


async def test_a_recast_names_the_character_and_both_actors_as_the_commands_do(
    ingest: Ingest, db: Database
) -> None:
    await ingest({"Recast.": ArticleFacts(cast=(CastFact("Ezra Mensah", "Jonah", "..."),))})
    assert (await changes(db))["Recast."] == (
        Change(
            ChangeKind.RECAST, subject="Jonah Pryce", value="Ezra Mensah", previous="Rory Calloway"
        ),
    )


async def test_an_actor_leaving_with_nobody_named_after_them_is_said(
    ingest: Ingest, db: Database
) -> None:
    left = CastFact("Calloway", "Jonah Pryce", "Calloway has exited", CastStatus.FORMER)
    await ingest({"Exit.": ArticleFacts(cast=(left,))})
    assert (await changes(db))["Exit."] == (
        Change(ChangeKind.LEFT_CAST, subject="Jonah Pryce", previous="Rory Calloway"),
    )
    cast = await Knowledge(db).cast()
    assert isinstance(cast, CastList) and cast.entries == ()


async def test_a_known_person_named_by_surname_is_new_crew_only_for_a_new_job(
    ingest: Ingest, db: Database
) -> None:
    await ingest(
        {
            "Same job.": ArticleFacts(crew=(CrewFact("Whitlow", CrewRole.DIRECTOR, "..."),)),
            "New job.": ArticleFacts(
                crew=(CrewFact("Whitlow", CrewRole.WRITER, "..."),),
                quotes=(QuoteFact("It was a joy", "Whitlow", SourceKind.PERSON, "Whitlow said"),),
            ),
        }
    )
    found = await changes(db)
    assert found["Same job."] == ()
    assert found["New job."] == (
        Change(ChangeKind.NEW_CREW, subject="Dana Whitlow", value="writer"),
        Change(ChangeKind.NEW_QUOTES, subject="Dana Whitlow", value="It was a joy", count=1),
    )


async def test_a_quote_already_in_another_article_is_not_new(ingest: Ingest, db: Database) -> None:
    quote = QuoteFact("See you in February", "Netflix", SourceKind.ORGANISATION, "Netflix said")
    await ingest({"First to quote it.": ArticleFacts(quotes=(quote,))})
    await ingest({"Quotes it again.": ArticleFacts(quotes=(quote,))})
    found = await changes(db)
    assert [c.subject for c in found["First to quote it."]] == ["Netflix"]
    assert found["Quotes it again."] == ()


async def test_an_article_the_database_refuses_is_stored_and_alerted_neither(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse_one(  # noqa: PLR0917 - the hook's signature
        writer: sqlite3.Connection,
        name: str,
        content_hash: str,
        article: Article,
        facts: ArticleFacts,
        change: KnowledgeChange,
    ) -> None:
        if article.lede == "Refused.":
            raise sqlite3.IntegrityError("refused")
        enqueue_article_alerts(writer, name, content_hash, article, facts, change)

    ingest = await following(db, tmp_path, monkeypatch, refuse_one)
    ezra = CastFact("Ezra Mensah", "Jonah Pryce", "...")
    report = await ingest(
        {
            "Refused.": ArticleFacts(cast=(ezra,)),
            "After it.": ArticleFacts(cast=(ezra,)),
        }
    )
    assert [r.outcome for r in report.every_result()] == [
        Outcome.UNCHANGED,
        Outcome.REJECTED,
        Outcome.NEW,
    ]
    # The refused article is undone with everything the ledger learnt from it: the recast is
    # the next article's news.
    assert await changes(db) == {
        "After it.": (
            Change(
                ChangeKind.RECAST,
                subject="Jonah Pryce",
                value="Ezra Mensah",
                previous="Rory Calloway",
            ),
        )
    }


async def test_a_producer_role_for_a_known_executive_producer_is_no_news(
    ingest: Ingest, db: Database
) -> None:
    await ingest(
        {
            "Producers.": ArticleFacts(
                crew=(CrewFact("Dana Whitlow", CrewRole.EXECUTIVE_PRODUCER, "."),)
            )
        }
    )
    await ingest(
        {"Her new role.": ArticleFacts(crew=(CrewFact("Whitlow", CrewRole.PRODUCER, "."),))}
    )
    assert (await changes(db))["Her new role."] == ()


async def test_a_kept_ledger_is_read_again_after_another_process_ingested(
    ingest: Ingest, db: Database
) -> None:
    kept = KeptLedger()
    editor = ArticleFacts(crew=(CrewFact("Ada Vey", CrewRole.EDITOR, "."),))
    await ingest({"Seen by the bot.": editor}, kept)
    first = kept.ledger
    assert first is not None
    # Another process (say, `python -m bot seed`) stores an article meanwhile.
    await ingest(
        {"Seen by another process.": ArticleFacts(cast=(CastFact("Ezra Mensah", "Jonah", "."),))}
    )
    await ingest(
        {"Seen by the bot again.": ArticleFacts(cast=(CastFact("Ivo Rand", "Jonah Pryce", "."),))},
        kept,
    )
    assert kept.ledger is not None and kept.ledger is not first
    assert (await changes(db))["Seen by the bot again."] == (
        Change(ChangeKind.RECAST, subject="Jonah Pryce", value="Ivo Rand", previous="Ezra Mensah"),
    )


async def test_a_kept_ledger_in_step_is_used_again(ingest: Ingest, db: Database) -> None:
    kept = KeptLedger()
    await ingest({"One.": ArticleFacts(crew=(CrewFact("Ada Vey", CrewRole.EDITOR, "."),))}, kept)
    first = kept.ledger
    await ingest({"Two.": ArticleFacts(crew=(CrewFact("Vey", CrewRole.WRITER, "."),))}, kept)
    assert first is not None and kept.ledger is first
    assert (await changes(db))["Two."] == (
        Change(ChangeKind.NEW_CREW, subject="Ada Vey", value="writer"),
    )
