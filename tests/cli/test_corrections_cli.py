"""Corrections from the command line, as the operator makes them (``python -m bot ask``, a real
subprocess): one holds through an edit of its article and ``seed --rebuild``, and undo
restores what the article says."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_main import EXIT_OK, EXIT_USAGE, ask, run

ARTICLE = "000_f65b949458870bbc.txt"


def _seed(db: Path, seeds: Path, *extra: str) -> None:
    result = run("seed", "--seeds", str(seeds), "--db", str(db), *extra, cwd=db.parent)
    assert result.returncode == EXIT_OK, result.stderr


@pytest.mark.slow
def test_a_correction_survives_an_edit_and_a_rebuild_and_undo_restores_the_fact(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "bot.db"
    _seed(db, seeds_dir)
    before = ask(db, "/quote id:1")
    assert before.returncode == EXIT_OK and "Quote #1" in before.stdout
    speaker = next(line for line in before.stdout.splitlines() if line.startswith("— "))

    corrected = ask(db, "/facts speaker quote:1 person:unknown")
    assert corrected.returncode == EXIT_OK, corrected.stderr
    assert "Speaker corrected" in corrected.stdout and "Correction #1" in corrected.stdout

    with (seeds_dir / ARTICLE).open("a", encoding="utf-8") as edit:
        edit.write("A paragraph added by the outlet later, with nothing new in it.\n")
    _seed(db, seeds_dir)
    _seed(db, seeds_dir, "--rebuild")
    after = ask(db, "/quote id:1").stdout
    assert "— the article does not say who" in after
    assert "corrected by the moderators" in after

    undone = ask(db, "/facts undo correction:1")
    assert undone.returncode == EXIT_OK and "Undone" in undone.stdout
    restored = ask(db, "/quote id:1").stdout
    assert speaker in restored.splitlines()
    assert "corrected by the moderators" not in restored

    log = ask(db, "/facts log").stdout
    assert "#1 Set who said quote-1 to nobody named" in log and "by the operator" in log
    assert "undone" in log


@pytest.mark.slow
def test_the_moderator_role_is_set_in_a_server_not_at_the_console(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "bot.db"
    _seed(db, seeds_dir)
    refused = ask(db, "/moderators show")
    assert refused.returncode == EXIT_USAGE
    assert "/moderators show runs only on Discord, inside a server." in refused.stderr
    adding = ask(db, "/news add title:Casting news body:Someone joins the cast.")
    assert adding.returncode == EXIT_USAGE
    assert "/news add runs only on Discord" in adding.stderr and "seeds folder" in adding.stderr
    grouped = ask(db, "/alerts")
    assert "/alerts runs only on Discord, inside a server." in grouped.stderr
