"""Bad command lines: unknown commands and options, a missing, read-only or non-SQLite
database. Each gets one clear message and an exit code, never a traceback, and no file is
created or overwritten."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.cli import main as cli

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _quiet_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs of the CLI: no real settings, and pytest keeps its log handlers."""
    for name in ("DISCORD_TOKEN", "DEV_GUILD_ID", "DATABASE_PATH", "SEEDS_DIR", "LOG_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli, "configure_logging", lambda settings: None)


def bot(*args: str, cwd: Path) -> Result:
    """``python -m bot ARGS`` run in this process (the same ``main``; much faster than a
    subprocess). An exception escaping ``main`` fails the test: it would be a traceback."""
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:
                code = int(exit_.code or 0)
    finally:
        os.chdir(previous)
    return Result(code, out.getvalue(), err.getvalue())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clear_failure(result: Result, code: int, words: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert words in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [["frobnicate"], ["--frobnicate"], ["seed", "extra-argument"], ["SEED"]],
    ids=["unknown command", "unknown global option", "stray argument", "wrong case"],
)
def test_an_unknown_command_or_argument_exits_2_with_usage(tmp_path: Path, args: list[str]) -> None:
    result = bot(*args, cwd=tmp_path)
    assert_clear_failure(result, EXIT_USAGE, "python -m bot --help")
    assert not list(tmp_path.iterdir())  # no database, no data folder


@pytest.mark.parametrize(
    "command", ["seed", "ask", "console", "run", "check", "export", "sync", "backup"]
)
def test_an_unknown_option_of_each_command_exits_2(tmp_path: Path, command: str) -> None:
    extra = {"ask": ["/about"], "backup": ["copy.db"]}.get(command, [])
    result = bot(command, "--no-such-option", *extra, cwd=tmp_path)
    assert_clear_failure(result, EXIT_USAGE, "unrecognized arguments: --no-such-option")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["sync", "--guild", "not-a-number"], "invalid int value"),
        (["backup"], "the following arguments are required: file"),
        (["ask"], "the following arguments are required: line"),
    ],
)
def test_a_malformed_option_value_exits_2(tmp_path: Path, args: list[str], words: str) -> None:
    assert_clear_failure(bot(*args, cwd=tmp_path), EXIT_USAGE, words)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ask", "--db", "missing.db", "/release-date"], "no database at missing.db"),
        (["export", "--db", "missing.db"], "no database at missing.db"),
        (["backup", "--db", "missing.db", "copy.db"], "no database at missing.db"),
    ],
)
def test_a_missing_database_is_named_and_not_created(
    tmp_path: Path, args: list[str], words: str
) -> None:
    result = bot(*args, cwd=tmp_path)
    assert_clear_failure(result, EXIT_FAILED, words)
    assert not (tmp_path / "missing.db").exists()
    assert not (tmp_path / "copy.db").exists()


NOT_SQLITE = b"name,actor\nWren,Quenby Okonkwo\n" * 300


@pytest.mark.parametrize(
    "args",
    [
        ["seed", "--db", "data.db", "--seeds", "seeds"],
        ["seed", "--rebuild", "--db", "data.db", "--seeds", "seeds"],
        ["ask", "--db", "data.db", "/release-date"],
        ["console", "--db", "data.db", "--seeds", "seeds"],
        ["export", "--db", "data.db", "out.json"],
        ["backup", "--db", "data.db", "copy.db"],
        ["check", "--db", "data.db", "--seeds", "seeds"],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_a_database_file_that_is_not_sqlite_is_refused_and_left_untouched(
    tmp_path: Path, seeds_dir: Path, args: list[str]
) -> None:
    database = tmp_path / "data.db"
    database.write_bytes(NOT_SQLITE)
    before = digest(database)
    result = bot(*args, cwd=tmp_path)
    assert_clear_failure(result, EXIT_FAILED, "data.db is not a usable SQLite database")
    assert digest(database) == before
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "out.json").exists()
    assert not list(tmp_path.glob("data.db-*"))  # no journal left beside it


@pytest.fixture
def read_only_database(tmp_path: Path, seeds_dir: Path) -> Iterator[Path]:
    """A seeded database nobody may write: chmod for a normal user; for root (who ignores
    permissions) the immutable attribute, or the test is skipped where that is unavailable."""
    database = tmp_path / "data.db"
    seeded = bot("seed", "--db", str(database), "--seeds", str(seeds_dir), cwd=tmp_path)
    assert seeded.returncode == EXIT_OK, seeded.stderr
    for side_file in tmp_path.glob("data.db-*"):
        side_file.unlink()
    if os.geteuid() != 0:
        database.chmod(0o444)
        yield database
        database.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", database], check=False).returncode:
        pytest.skip("running as root without chattr +i: cannot make a file read-only")
    try:
        yield database
    finally:
        subprocess.run([chattr, "-i", database], check=True)


def test_a_read_only_database_refuses_new_articles_with_a_message_and_keeps_its_data(
    tmp_path: Path, seeds_dir: Path, read_only_database: Path
) -> None:
    before = digest(read_only_database)
    (seeds_dir / "new.txt").write_text(" date 2025-06-01 Orla Halvorsen joins the cast.\n")
    result = bot("seed", "--db", str(read_only_database), "--seeds", str(seeds_dir), cwd=tmp_path)
    assert_clear_failure(result, EXIT_FAILED, "is read-only")
    assert digest(read_only_database) == before
    answered = bot("ask", "--db", str(read_only_database), "/who-plays Nick", cwd=tmp_path)
    assert answered.returncode == EXIT_OK, answered.stderr  # reading still works
    assert "Kit Connor plays Nick Nelson." in answered.stdout
    checked = bot("check", "--db", str(read_only_database), "--seeds", str(seeds_dir), cwd=tmp_path)
    assert "read-only" in checked.stdout
