"""The command-line contract, run as operators and other tools run it: a real subprocess."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DEV_GUILD_ID"}}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def ask(db: Path, line: str) -> subprocess.CompletedProcess[str]:
    return run("ask", "--db", str(db), line, cwd=db.parent)


def test_seed_prints_a_line_per_file_and_totals(tmp_path: Path, seeds_dir: Path) -> None:
    (seeds_dir / "broken.txt").write_bytes(b"\x00\x00")
    db = tmp_path / "bot.db"
    first = run("seed", "--seeds", str(seeds_dir), "--db", str(db), cwd=tmp_path)
    assert first.returncode == EXIT_OK
    lines = first.stdout.splitlines()
    assert lines[0].startswith("new") and "000_f65b949458870bbc.txt" in lines[0]
    assert "cast" in lines[0] and "quotes" in lines[0]
    assert any(line.startswith("rejected") and "binary" in line for line in lines)
    assert lines[-1] == "Seeds: 3 files: 2 new, 0 changed, 0 unchanged, 0 removed, 1 rejected."

    (seeds_dir / "broken.txt").unlink()
    (seeds_dir / "000_f65b949458870bbc.txt").unlink()
    second = run("seed", "--seeds", str(seeds_dir), "--db", str(db), cwd=tmp_path)
    assert "removed    000_f65b949458870bbc.txt" in second.stdout
    assert second.stdout.splitlines()[-1].endswith("1 unchanged, 1 removed, 0 rejected.")


def test_seed_says_when_a_file_has_no_date(tmp_path: Path, seeds_dir: Path) -> None:
    (seeds_dir / "undated.txt").write_text("News without a header line.\n")
    result = run("seed", "--seeds", str(seeds_dir), "--db", str(tmp_path / "b.db"), cwd=tmp_path)
    assert any(
        "undated.txt" in line and "date unknown" in line for line in result.stdout.splitlines()
    )


def test_seed_that_cannot_run_exits_non_zero_with_a_message(tmp_path: Path) -> None:
    result = run(
        "seed", "--seeds", str(tmp_path / "missing"), "--db", str(tmp_path / "b.db"), cwd=tmp_path
    )
    assert result.returncode == EXIT_FAILED
    assert "does not exist" in result.stderr


def test_seed_rebuild_re_extracts_without_losing_anything(
    tmp_path: Path, seeded_db: Path, seeds_dir: Path
) -> None:
    result = run(
        "seed", "--rebuild", "--seeds", str(seeds_dir), "--db", str(seeded_db), cwd=tmp_path
    )
    assert result.returncode == EXIT_OK
    assert "Kit Connor plays Nick Nelson" in ask(seeded_db, "/who-plays Nick").stdout


def test_ask_who_plays(seeded_db: Path) -> None:
    result = ask(seeded_db, "/who-plays Nick")
    assert result.returncode == EXIT_OK, result.stderr
    assert "Kit Connor plays Nick Nelson." in result.stdout
    assert "Sources:" in result.stdout


def test_ask_release_date_prints_readable_dates(seeded_db: Path) -> None:
    result = ask(seeded_db, "/release-date")
    assert result.returncode == EXIT_OK
    assert "No release date has been announced as of 28 April 2025." in result.stdout
    assert "Filming was due to start in summer 2025." in result.stdout
    assert "A release in 2026 is hoped for." in result.stdout
    assert "<t:" not in result.stdout


def test_ask_quote_by_person(seeded_db: Path) -> None:
    result = ask(seeded_db, "/quote person:Alice Oseman")
    assert result.returncode == EXIT_OK
    assert "— Alice Oseman" in result.stdout
    assert "2025" in result.stdout


def test_ask_accepts_the_command_as_separate_words(seeded_db: Path) -> None:
    result = run("ask", "--db", str(seeded_db), "/who-plays", "Tao", cwd=seeded_db.parent)
    assert "William Gao plays Tao Xu." in result.stdout


@pytest.mark.parametrize(
    ("line", "message"),
    [("/no-such-command", "unknown command"), ("/who-plays charcter:Nick", "no option")],
)
def test_ask_with_an_unknown_command_or_option_exits_2(
    seeded_db: Path, line: str, message: str
) -> None:
    result = ask(seeded_db, line)
    assert result.returncode == EXIT_USAGE
    assert message in result.stderr


def test_an_unknown_cli_option_exits_2(tmp_path: Path) -> None:
    result = run("seed", "--frobnicate", cwd=tmp_path)
    assert result.returncode == EXIT_USAGE
    assert "unrecognized arguments" in result.stderr


def test_ask_without_a_database_says_how_to_make_one(tmp_path: Path) -> None:
    result = run("ask", "--db", str(tmp_path / "none.db"), "/release-date", cwd=tmp_path)
    assert result.returncode == EXIT_FAILED
    assert "python -m bot seed" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_no_token_explains_and_opens_the_console(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / ".env").write_text(f"SEEDS_DIR={seeds_dir}\nDATABASE_PATH={tmp_path / 'x.db'}\n")
    result = run(cwd=tmp_path, stdin="/who-plays darcy\nexit\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert "No DISCORD_TOKEN is configured" in result.stdout
    assert "Kizzy Edgell plays Darcy Olsson." in result.stdout


def test_a_bad_setting_stops_start_up_naming_the_variable(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=chatty\n")
    result = run("seed", cwd=tmp_path)
    assert result.returncode == EXIT_FAILED
    assert "LOG_LEVEL" in result.stderr
