"""Articles for autocomplete and ``/news show``, read from the database as they are asked for."""

import datetime as dt
from pathlib import Path

from bot.answers.lookups import ArticleSummary
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from bot.knowledge.matching import AUTOCOMPLETE_LIMIT


def _write(seeds: Path, number: int, headline: str, day: dt.date) -> None:
    (seeds / f"{number:03d}.txt").write_text(
        f"date {day.isoformat()} A lede about story {number}.\nheadline: {headline}\n"
        "The article text goes on about the film.\n",
        encoding="utf-8",
    )


async def test_typed_text_offers_the_newest_titles_containing_it_in_any_case(
    db: Database, tmp_path: Path
) -> None:
    seeds = tmp_path / "many"
    seeds.mkdir()
    start = dt.date(2025, 1, 1)
    for number in range(40):
        _write(
            seeds, number, f"Story {number} of the Harbour SCREENING", start + dt.timedelta(number)
        )
    _write(seeds, 99, "Unrelated news", start + dt.timedelta(100))
    await ingest_folder(db, seeds)
    knowledge = Knowledge(db)

    offered = await knowledge.article_choices("screening")

    assert [source.file_name for source in offered] == [
        f"{number:03d}.txt" for number in range(39, 39 - AUTOCOMPLETE_LIMIT, -1)
    ]
    nothing_typed = await knowledge.article_choices("  ")
    assert nothing_typed[0].file_name == "099.txt" and len(nothing_typed) == AUTOCOMPLETE_LIMIT


async def test_a_title_not_typed_exactly_is_still_found_by_autocomplete_and_news_show(
    db: Database, tmp_path: Path
) -> None:
    seeds = tmp_path / "few"
    seeds.mkdir()
    _write(seeds, 1, "Filming wraps in Lisbon", dt.date(2025, 3, 1))
    _write(seeds, 2, "Trailer arrives", dt.date(2025, 3, 2))
    await ingest_folder(db, seeds)
    knowledge = Knowledge(db)

    assert [s.file_name for s in await knowledge.article_choices("Filmng wraps in Lisbon")] == [
        "001.txt"
    ]
    by_title = await knowledge.article("filming WRAPS in lisbon")
    by_file = await knowledge.article("002.txt")
    assert isinstance(by_title, ArticleSummary) and isinstance(by_file, ArticleSummary)
    assert by_title.source.file_name == "001.txt"
    assert by_file.source.title == "Trailer arrives"


async def test_autocomplete_offers_titles_by_the_start_of_any_word_and_through_a_slip(
    db: Database, tmp_path: Path
) -> None:
    seeds = tmp_path / "words"
    seeds.mkdir()
    _write(seeds, 1, "Composer joins the harbour drama", dt.date(2025, 4, 1))
    _write(seeds, 2, "Harbour drama sets a premiere", dt.date(2025, 4, 2))
    _write(seeds, 3, "Unrelated news", dt.date(2025, 4, 3))
    await ingest_folder(db, seeds)
    knowledge = Knowledge(db)

    started = [s.file_name for s in await knowledge.article_choices("Har")]
    two_words = [s.file_name for s in await knowledge.article_choices("harbour dr")]
    slip = [s.file_name for s in await knowledge.article_choices("Composr")]

    assert started == ["002.txt", "001.txt"]
    assert two_words == ["002.txt", "001.txt"]
    assert slip == ["001.txt"]
    assert await knowledge.article_choices("Xylophone") == []
