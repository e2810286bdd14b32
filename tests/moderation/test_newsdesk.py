"""Moderators' article files: safe names, the seed format, atomic writes, inside seeds/ only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.ingestion.seedfile import parse_seed
from bot.moderation.newsdesk import (
    DraftArticle,
    NewsDeskError,
    remove_article_file,
    render_seed,
    safe_file_name,
    write_article,
)

DAY = dt.date(2026, 11, 2)
HOSTILE_TITLES = [
    "../../etc/passwd",
    "x" * 300,
    "🎬 Premiere News 🎉",
    "@everyone Big News",
    "..",
    ".hidden",
    "~swap",
    "C:\\Windows\\system32",
    "nul\x00byte\nnew line",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_hostile_title_gives_a_safe_visible_txt_name(title: str) -> None:
    name = safe_file_name(title, DAY)
    assert name.startswith("2026-11-02_") and name.endswith(".txt")
    assert Path(name).name == name and "/" not in name and "\\" not in name
    assert len(name) <= 90
    assert name.isascii() and all(c.isalnum() or c in "-_." for c in name)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_hostile_title_is_written_inside_the_seeds_folder(tmp_path: Path, title: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    written = write_article(seeds, DraftArticle(title, "Some news. More text here.", DAY))
    assert written.path.parent == seeds.resolve()
    assert [p.name for p in seeds.iterdir()] == [written.file_name]  # no temp file left
    assert list(tmp_path.iterdir()) == [seeds]


def test_the_same_title_twice_never_replaces_the_first_file(tmp_path: Path) -> None:
    first = write_article(tmp_path, DraftArticle("Big News", "One. Two.", DAY))
    second = write_article(tmp_path, DraftArticle("Big News", "Three. Four.", DAY))
    assert first.file_name != second.file_name
    assert "One." in first.path.read_text("utf-8")


def test_the_file_is_in_the_seed_format_the_ingester_reads_headline_and_link_as_written() -> None:
    text = render_seed(
        DraftArticle(
            "the film gets a date!",
            "Netflix set the premiere. It is soon.\nSecond paragraph.",
            DAY,
            "https://example.invalid/a",
        )
    )
    parsed = parse_seed(text.encode())
    assert not parsed.warnings
    article = parsed.article
    assert article.date == DAY
    assert article.lede == "Netflix set the premiere."
    assert article.title == "the film gets a date!"  # as the moderator wrote it
    assert article.url == "https://example.invalid/a"
    assert article.paragraphs == ("Netflix set the premiere. It is soon.", "Second paragraph.")


def test_an_article_needs_text() -> None:
    with pytest.raises(NewsDeskError):
        render_seed(DraftArticle("Title", " \n ", DAY))


def test_removal_never_reaches_outside_the_seeds_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    outside = tmp_path / "keep.txt"
    outside.write_text("keep")
    with pytest.raises(NewsDeskError):
        remove_article_file(seeds, "../keep.txt")
    assert outside.exists()
    assert remove_article_file(seeds, "gone.txt") is False
