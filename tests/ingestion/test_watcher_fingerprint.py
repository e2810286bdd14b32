"""The watcher's settle check: a folder's stamps fingerprint changes with any article file's
name, size or time, and with nothing else."""

from __future__ import annotations

import os
from pathlib import Path

from bot.ingestion.stamps import stamps_fingerprint


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unchanged_folder_keeps_its_fingerprint(tmp_path: Path) -> None:
    for i in range(5):
        _write(tmp_path, f"{i:03}_story.txt", f"Story {i}\n")
    assert stamps_fingerprint(tmp_path, None) == stamps_fingerprint(tmp_path, None)
    assert stamps_fingerprint(tmp_path, None)[0] == 5


def test_touched_resized_added_and_removed_files_change_it(tmp_path: Path) -> None:
    first = _write(tmp_path, "001_story.txt", "One\n")
    _write(tmp_path, "002_story.txt", "Two\n")
    before = stamps_fingerprint(tmp_path, None)

    info = first.stat()
    os.utime(first, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    touched = stamps_fingerprint(tmp_path, None)
    assert touched != before

    first.write_text("One, and more\n", encoding="utf-8")
    os.utime(first, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    resized = stamps_fingerprint(tmp_path, None)
    assert resized not in {before, touched}

    added = _write(tmp_path, "003_story.txt", "Three\n")
    with_added = stamps_fingerprint(tmp_path, None)
    assert with_added[0] == 3
    added.unlink()
    assert stamps_fingerprint(tmp_path, None) == resized


def test_other_files_and_missing_names_are_left_out(tmp_path: Path) -> None:
    _write(tmp_path, "001_story.txt", "One\n")
    before = stamps_fingerprint(tmp_path, None)
    _write(tmp_path, ".001_story.txt.swp", "editor")
    _write(tmp_path, "notes.md", "not an article")
    assert stamps_fingerprint(tmp_path, None) == before
    named = stamps_fingerprint(tmp_path, ["001_story.txt", "gone.txt", "notes.md"])
    assert named == before


def test_a_missing_folder_has_an_empty_fingerprint(tmp_path: Path) -> None:
    assert stamps_fingerprint(tmp_path / "gone", None) == (0, 0)
