"""Right, or silent: facts the extractor was unsure of are stored but never served.

The extractor is replaced by one that returns chosen facts, so these tests pin the storage
and query rules whatever the extraction rules are.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

import bot.ingestion.prepare
from bot.answers.lookups import NotFound, QuoteAnswer, ReleaseInfo, WhoIs, WhoPlays
from bot.db.connection import Database, open_database
from bot.facts import (
    Article,
    ArticleFacts,
    CastFact,
    CrewFact,
    CrewRole,
    QuoteFact,
    ReleaseFact,
    ReleaseKind,
    SourceKind,
)
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from tests.schema import database_at_version

UNSURE = 0.3

FACTS = ArticleFacts(
    cast=(
        CastFact("Maren Holt", "Ada Quill", "Maren Holt plays Ada Quill."),
        CastFact("Glass Orchard", "Ada Quill", "the Glass Orchard actor", confidence=UNSURE),
        CastFact("Tobias Renn", "Orchard", "Tobias Renn in Orchard", confidence=UNSURE),
    ),
    crew=(
        CrewFact("Iris Vane", CrewRole.DIRECTOR, "directed by Iris Vane"),
        CrewFact("Olek Brand", CrewRole.COMPOSER, "music, perhaps by Olek Brand", UNSURE),
    ),
    release=(
        ReleaseFact(
            ReleaseKind.PREMIERE_DATE,
            "premieres at the festival on 3 May",
            date=dt.date(2026, 5, 3),
            confidence=UNSURE,
        ),
        ReleaseFact(ReleaseKind.WINDOW, "coming in 2026", window="2026"),
    ),
    quotes=(
        QuoteFact("It was the best summer", "Maren Holt", SourceKind.PERSON, "Holt said"),
        QuoteFact("Whoever cast Maren deserves a medal", "", SourceKind.UNATTRIBUTED, ""),
        QuoteFact("Ward Nine", "Maren Holt", SourceKind.PERSON, "", confidence=UNSURE),
    ),
    people=("Maren Holt", "Iris Vane"),
)


@pytest.fixture
async def knowledge(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Knowledge:
    def extract(article: Article) -> ArticleFacts:
        return FACTS

    monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", extract)
    seeds = tmp_path / "held-seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-06-01 Some news.\nBody text.\n", encoding="utf-8")
    await ingest_folder(db, seeds)
    return Knowledge(db, random.Random(3))


async def test_a_held_casting_never_answers_who_plays(knowledge: Knowledge) -> None:
    answer = await knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays)
    assert answer.current is not None and answer.current.actor == "Maren Holt"
    assert answer.previous == ()


async def test_a_held_fact_adds_no_character_and_no_person(knowledge: Knowledge) -> None:
    assert isinstance(await knowledge.who_plays("Orchard"), NotFound)
    assert isinstance(await knowledge.who_is("Glass Orchard"), NotFound)


async def test_a_held_crew_credit_is_not_in_the_crew_list(knowledge: Knowledge) -> None:
    crew = await knowledge.crew()
    assert [(job.job, job.people) for job in crew.jobs] == [("director", ("Iris Vane",))]


async def test_a_held_premiere_is_not_the_release_date(knowledge: Knowledge) -> None:
    info = await knowledge.release_info()
    assert isinstance(info, ReleaseInfo)
    assert info.premiere is None
    assert info.window is not None and info.window.value == "2026"


async def test_an_unattributed_quote_is_served_but_never_by_a_person(
    knowledge: Knowledge,
) -> None:
    by_her = await knowledge.quote(person="Maren Holt")
    assert isinstance(by_her, QuoteAnswer) and by_her.text == "It was the best summer"
    seen = set()
    for _ in range(20):
        answer = await knowledge.quote()
        assert isinstance(answer, QuoteAnswer)
        seen.add((answer.text, answer.speaker, answer.speaker_kind))
    assert seen == {
        ("It was the best summer", "Maren Holt", SourceKind.PERSON),
        ("Whoever cast Maren deserves a medal", "", SourceKind.UNATTRIBUTED),
    }


async def test_a_held_quote_is_not_found_even_by_its_number(
    knowledge: Knowledge, db: Database
) -> None:
    async with db.reading() as conn:
        rows = await conn.execute_fetchall("SELECT id FROM quotes WHERE text = 'Ward Nine'")
    (held_id,) = next(iter(rows))
    assert isinstance(await knowledge.quote(number=held_id), NotFound)
    who = await knowledge.who_is("Maren Holt")
    assert isinstance(who, WhoIs) and who.quote_count == 1


async def test_held_facts_are_kept_with_their_evidence_and_doubt(
    knowledge: Knowledge, db: Database
) -> None:
    async with db.reading() as conn:
        rows = await conn.execute_fetchall(
            "SELECT evidence, confidence, served FROM roles ORDER BY id"
        )
    assert [tuple(row) for row in rows] == [
        ("Maren Holt plays Ada Quill.", 1.0, 1),
        ("the Glass Orchard actor", UNSURE, 0),
        ("Tobias Renn in Orchard", UNSURE, 0),
    ]


async def test_a_new_extractor_reads_every_file_again_once(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds-upgrade"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-06-01 Some news.\nBody.\n", encoding="utf-8")
    calls: list[str] = []

    def extract(article: Article) -> ArticleFacts:
        calls.append(article.lede)
        return FACTS

    monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", extract)
    await ingest_folder(db, seeds)
    await ingest_folder(db, seeds)
    assert len(calls) == 1  # unchanged file, same extractor: not read again
    monkeypatch.setattr(bot.ingestion.prepare, "extractor_fingerprint", lambda: "upgraded")
    monkeypatch.setattr(bot.ingestion.pipeline, "extractor_fingerprint", lambda: "upgraded")
    await ingest_folder(db, seeds)
    await ingest_folder(db, seeds)
    assert len(calls) == 2  # once after the upgrade, then never again


async def test_quotes_stored_before_sources_were_typed_keep_organisations_apart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.db"
    old = database_at_version(path, 4)
    old.executemany(
        "INSERT INTO quotes (article_id, position, text, speaker_key, speaker_label,"
        " attribution, fragment) VALUES (1, ?, ?, ?, ?, '', 0)",
        [(0, "from a person", "maren holt", "Maren Holt"), (1, "from a studio", None, "Netflix")],
    )
    old.commit()
    old.close()
    async with open_database(path) as db, db.reading() as conn:
        rows = await conn.execute_fetchall("SELECT text, source, served FROM quotes ORDER BY id")
    assert [tuple(row) for row in rows] == [
        ("from a person", "person", 1),
        ("from a studio", "organisation", 1),
    ]
