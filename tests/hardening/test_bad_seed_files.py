"""Bad seed files: each is rejected with a reason or read safely, and the good files beside it
are all ingested (nothing lost). Arbitrary bytes and text never break the parser or extractor.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli.report import describe_report
from bot.config import load_settings
from bot.db.connection import Database
from bot.extract import extract_facts
from bot.ingestion.pipeline import FileResult, IngestReport, Outcome, ingest_folder
from bot.ingestion.seedfile import SeedFormatError, parse_seed
from bot.ingestion.service import ingest_seeds
from tests.hardening.helpers import invented_article

GOOD = " date 2025-03-01 A short note.\nA Headline\nQuenby Okonkwo will play Wren Lisowski.\n"
MB = 1024 * 1024


def _result(report: IngestReport, name: str) -> FileResult:
    return next(result for result in report.every_result() if result.file_name == name)


def _assert_the_real_seeds_were_all_ingested(report: IngestReport, seeds_dir: Path) -> None:
    for path in seeds_dir.glob("0*.txt"):
        assert _result(report, path.name).outcome is Outcome.NEW


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty", id="empty file"),
        pytest.param(b"   \n\r\n\t\n", "empty", id="only blank lines"),
        pytest.param(b" date 2025-01-01\n", "no text", id="only a header"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary"),
        pytest.param(b" date 2025-01-01 Caf\xe9 news.\n", "not UTF-8", id="latin-1 bytes"),
        pytest.param(b"\xff\xfe d\x00a\x00t\x00e\x00", "binary", id="utf-16"),
        pytest.param(b"\xed\xa0\x80 lone surrogate", "not UTF-8", id="encoded surrogate"),
    ],
)
async def test_an_unreadable_seed_file_is_rejected_with_a_reason_and_nothing_else_is_lost(
    db: Database, seeds_dir: Path, content: bytes, reason: str
) -> None:
    (seeds_dir / "bad.txt").write_bytes(content)
    report = await ingest_folder(db, seeds_dir)
    bad = _result(report, "bad.txt")
    assert bad.outcome is Outcome.REJECTED
    assert reason in " ".join(bad.notes)
    assert "rejected   bad.txt" in describe_report(report)
    _assert_the_real_seeds_were_all_ingested(report, seeds_dir)


async def test_a_file_without_a_header_is_kept_with_its_date_unknown(
    db: Database, seeds_dir: Path
) -> None:
    (seeds_dir / "no-header.txt").write_text("Ysolde Achterberg will play Pim Halvorsen.\n")
    report = await ingest_folder(db, seeds_dir)
    result = _result(report, "no-header.txt")
    assert result.outcome is Outcome.NEW
    assert "date unknown" in " ".join(result.notes)


async def test_a_20_mb_file_is_rejected_over_the_default_1_mb_cap(
    db: Database, seeds_dir: Path
) -> None:
    with (seeds_dir / "huge.txt").open("wb") as handle:
        handle.write(GOOD.encode())
        handle.write(b"More words about the film. " * (20 * MB // 27))
    report = await ingest_folder(db, seeds_dir)
    huge = _result(report, "huge.txt")
    assert huge.outcome is Outcome.REJECTED
    assert "1,048,576-byte limit" in huge.notes[0]
    _assert_the_real_seeds_were_all_ingested(report, seeds_dir)


async def test_the_size_cap_is_the_seed_max_bytes_setting(db: Database, seeds_dir: Path) -> None:
    settings = load_settings({"SEED_MAX_BYTES": "2000", "SEEDS_DIR": str(seeds_dir)}, env_file=None)
    (seeds_dir / "small.txt").write_text(GOOD)
    (seeds_dir / "over.txt").write_text(GOOD + "Padding sentence. " * 200)
    report = await ingest_seeds(db, settings)
    assert _result(report, "small.txt").outcome is Outcome.NEW
    over = _result(report, "over.txt")
    assert over.outcome is Outcome.REJECTED
    assert "2,000-byte limit" in over.notes[0]


async def test_a_symlink_pointing_outside_the_seeds_folder_is_not_followed(
    db: Database, seeds_dir: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(" date 2025-01-01 Secret plans of Linnea Thornquist.\n")
    (seeds_dir / "escape.txt").symlink_to(secret)
    (seeds_dir / "escape-dir.txt").symlink_to(secret.parent)
    (seeds_dir / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    report = await ingest_folder(db, seeds_dir)
    names = {result.file_name for result in report.results}
    assert not names & {"escape.txt", "escape-dir.txt", "dangling.txt"}
    async with db.reading() as conn, conn.execute("SELECT lede FROM articles") as cursor:
        ledes = [row[0] for row in await cursor.fetchall()]
    assert not any("Secret plans" in lede for lede in ledes)
    _assert_the_real_seeds_were_all_ingested(report, seeds_dir)


@pytest.mark.parametrize(
    "name",
    [
        "name with spaces.txt",
        "ünïcödé — 名前 🎬.txt",
        "-leading-dash.txt",
        "--rebuild.txt",
        "'quotes' and \"double\".txt",
        "semi;colon&amp$(echo).txt",
    ],
)
async def test_odd_file_names_are_read_and_reported_as_they_are(
    db: Database, seeds_dir: Path, name: str
) -> None:
    (seeds_dir / name).write_text(GOOD)
    report = await ingest_folder(db, seeds_dir)
    assert _result(report, name).outcome is Outcome.NEW
    assert name in describe_report(report)
    (seeds_dir / name).unlink()
    again = await ingest_folder(db, seeds_dir)
    assert _result(again, name).outcome is Outcome.REMOVED


@pytest.mark.slow
@pytest.mark.timeout(360)  # a hang guard only: a busy machine takes several times a quiet one's
async def test_a_folder_of_10000_tiny_files_is_ingested_once_in_full(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(10_000):
        (folder / f"{number:05d}.txt").write_text(f"Note {number} about the film.\n")
    first = await ingest_folder(db, folder)
    assert first.totals()[Outcome.NEW] == 10_000
    async with db.reading() as conn, conn.execute("SELECT count(*) FROM articles") as cursor:
        assert (await cursor.fetchone())[0] == 10_000
    second = await ingest_folder(db, folder)
    assert second.totals()[Outcome.UNCHANGED] == 10_000


def _check_extraction(raw: bytes) -> None:
    try:
        parsed = parse_seed(raw)
    except SeedFormatError as error:
        assert str(error)  # rejected with a reason
        return
    article = parsed.article
    facts = extract_facts(article)
    for quote in facts.quotes:
        assert quote.text in article.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_parsed_or_rejected_and_never_raise(raw: bytes) -> None:
    _check_extraction(raw)


_WORDS = st.sampled_from(
    ["“", "”", '"', " said", " will play ", " as ", "Quenby Okonkwo", " date ", "\n", ". "]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=40), _WORDS), max_size=40).map("".join))
def test_arbitrary_unicode_text_with_or_without_a_header_never_raises(text: str) -> None:
    _check_extraction(text.encode("utf-8", "surrogatepass"))
    _check_extraction(f" date 2025-05-01 {text}".encode("utf-8", "surrogatepass"))


def test_the_invented_articles_used_by_the_fault_tests_are_valid_seeds() -> None:
    import random

    parsed = parse_seed(invented_article(3, random.Random(1)).encode())
    assert parsed.article.date is not None and not parsed.warnings
    assert extract_facts(parsed.article).cast
    assert os.sep not in invented_article(4, random.Random(2)).splitlines()[1]
