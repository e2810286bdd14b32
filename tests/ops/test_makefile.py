"""The Makefile as an operator meets it: the Python version first, runtime and test tools apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.botprocess import ROOT


def make(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-C", str(folder), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def project_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    return folder


def test_make_run_checks_the_python_version_before_installing_anything(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    old_python = tmp_path / "python3.10"
    old_python.write_text(
        '#!/bin/sh\ncase "$*" in *--version*) echo "Python 3.10.12";; *) exit 1;; esac\n'
    )
    old_python.chmod(0o755)
    result = make(folder, "run", f"PYTHON={old_python}")
    assert result.returncode != 0
    assert "needs Python 3.11 or newer" in result.stderr
    assert "Python 3.10.12" in result.stderr
    assert not (folder / ".venv").exists()  # no virtualenv, no pip


def test_make_run_installs_the_runtime_only_and_make_test_adds_the_test_tools(
    tmp_path: Path,
) -> None:
    folder = project_copy(tmp_path)
    run = make(folder, "-n", "run").stdout
    assert "pip install --quiet --disable-pip-version-check -e .\n" in run
    assert "[dev]" not in run
    test = make(folder, "-n", "test").stdout
    assert "-e '.[dev]'" in test


def test_make_test_on_a_fresh_clone_installs_everything_in_one_pip_run(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    test = make(folder, "-n", "test").stdout
    assert test.count("pip install") == 1  # one resolution, one build of the project
    # ... which holds the runtime too: a later `make run` installs nothing more.
    assert "touch .venv/.installed-runtime .venv/.installed-dev\n" in test


def test_make_test_writes_bytecode_where_the_environment_says_not_to(tmp_path: Path) -> None:
    """The tests start many bot processes; with PYTHONDONTWRITEBYTECODE set (container images,
    CI), each would compile the bot's modules from source again."""
    folder = project_copy(tmp_path)
    tools = folder / ".venv" / "bin"
    tools.mkdir(parents=True)
    for tool in ("ruff", "mypy"):
        (tools / tool).write_text("#!/bin/sh\nexit 0\n")
    (tools / "python").write_text(
        '#!/bin/sh\necho "PYTHONDONTWRITEBYTECODE=${PYTHONDONTWRITEBYTECODE-unset} $*"\n'
    )
    for script in tools.iterdir():
        script.chmod(0o755)
    (folder / ".venv" / ".installed-dev").touch()  # newer than pyproject.toml: no install
    result = subprocess.run(
        ["make", "-C", str(folder), "test"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "PYTHONDONTWRITEBYTECODE=unset -m pytest" in result.stdout


def test_make_run_and_make_test_compile_the_patterns_first(tmp_path: Path) -> None:
    """Every process that reads an article loads the compiled patterns rather than compiling
    them (bot/pattern_store.py): they are written before the bot or the tests start."""
    folder = project_copy(tmp_path)
    for target, start in (("run", "-m bot "), ("test", "-m pytest")):
        lines = make(folder, "-n", target).stdout.splitlines()
        written = next(i for i, line in enumerate(lines) if "-m bot.compile_patterns" in line)
        assert written < next(i for i, line in enumerate(lines) if start in line), lines


def test_backups_are_ignored_by_git() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "backups/bot-2026-01-01.db"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ignored.returncode == 0


def test_the_service_unit_says_log_file_must_be_under_a_writable_path() -> None:
    unit = (ROOT / "deploy" / "fanbot.service").read_text()
    writable = next(line for line in unit.splitlines() if line.startswith("ReadWritePaths="))
    assert "LOG_FILE" in unit and "/opt/fanbot/data/logs/bot.log" in unit
    assert "/opt/fanbot/data" in writable


def test_python_m_bot_help_has_no_rest_markup() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    assert "python -m bot: seed the knowledge base" in result.stdout
    for markup in ("``", ":class:", ":func:", ":mod:"):
        assert markup not in result.stdout
