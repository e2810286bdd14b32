"""A pass over a whole folder where little changed: the stored stamps are compared with the
folder a few at a time, and exactly the files that changed are read again."""

import asyncio
import os
import sys
from pathlib import Path

import pytest

import bot.db.articles
from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome, ingest_folder
from bot.ingestion.prepare import extractor_fingerprint

ROOT = Path(__file__).resolve().parents[2]

_PASS_AGAIN = """
import asyncio, sys
from pathlib import Path
from bot.db.connection import open_database
from bot.ingestion.pipeline import ingest_folder

async def main(db_path, seeds):
    async with open_database(Path(db_path)) as db:
        report = await ingest_folder(db, Path(seeds))
    print(sorted({result.outcome.value for result in report.every_result()}))
    print(sorted(name for name in sys.modules if name.startswith("bot.extract")))

asyncio.run(main(*sys.argv[1:]))
"""


def outcomes(report) -> dict[str, Outcome]:
    return {result.file_name: result.outcome for result in report.every_result()}


async def test_a_whole_folder_pass_reads_exactly_the_files_that_changed(
    db: Database, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_folder(db, corpus_dir)
    # Two stored stamps at a time: the comparison goes over many rounds, as in a big folder.
    monkeypatch.setattr(bot.db.articles, "_STAMPS_AT_ONCE", 2)
    names = sorted(path.name for path in corpus_dir.glob("*.txt"))
    assert len(names) >= 6
    changed, touched, removed, moved = names[0], names[2], names[-3], names[-1]
    (corpus_dir / changed).write_text(
        (corpus_dir / changed).read_text() + "\n- Ada Quinlan as Wren Holloway\n"
    )
    os.utime(corpus_dir / touched, ns=(1, 1))  # a new time, the same text
    (corpus_dir / removed).unlink()
    (corpus_dir / moved).rename(corpus_dir / "zz_moved.txt")

    report = await ingest_folder(db, corpus_dir)

    expected = {name: Outcome.UNCHANGED for name in names if name not in (removed, moved)}
    expected |= {changed: Outcome.CHANGED, removed: Outcome.REMOVED}
    expected["zz_moved.txt"] = Outcome.RENAMED
    assert outcomes(report) == expected
    again = await ingest_folder(db, corpus_dir)
    assert set(outcomes(again).values()) == {Outcome.UNCHANGED}


async def test_a_pass_over_named_files_takes_only_those_for_removed(
    db: Database, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_folder(db, corpus_dir)
    monkeypatch.setattr(bot.db.articles, "_STAMPS_AT_ONCE", 2)
    names = sorted(path.name for path in corpus_dir.glob("*.txt"))
    for name in names[:3]:
        (corpus_dir / name).unlink()

    report = await ingest_folder(db, corpus_dir, only=[names[0], names[3]])

    assert outcomes(report) == {names[0]: Outcome.REMOVED, names[3]: Outcome.UNCHANGED}


async def test_a_pass_with_nothing_to_read_does_not_load_the_extractor(
    db: Database, corpus_dir: Path
) -> None:
    # The stored facts must carry the fingerprint of the code as it is now, the one the fresh
    # interpreter below hashes: this process's is hashed once, at its first ingest, which in
    # a whole run may be minutes before this test, and code changed since (a checkout, a
    # merge) would make the pass below re-extract every file for an extractor upgrade.
    extractor_fingerprint.cache_clear()
    await ingest_folder(db, corpus_dir)
    # The extractor compiles all its patterns when imported (several MiB kept): a fresh
    # interpreter, so that no other test has imported it first.
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _PASS_AGAIN,
        str(db.path),
        str(corpus_dir),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert out.decode().splitlines() == ["['unchanged']", "[]"], err.decode()
