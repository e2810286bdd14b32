"""News from a link against the fake outlet: the preview, saving it, and every refusal.

Reading writes nothing; saving writes one article file as ``/news add`` does (recorded, so
``/news remove`` can retract it). A page the bot cannot use gives its reason in words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.answers.errors import ActionFailed, ExpectedError, InvalidInput
from bot.db.connection import Database
from bot.db.newsdesk import find_desk_article
from bot.facts import CastFact
from bot.ingestion.pipeline import ingest_folder
from bot.ingestion.seedfile import parse_seed
from bot.moderation.links import read_link, save_link
from bot.web.fetch import Fetcher
from bot.web.reader import WebReader
from tests.web import pages
from tests.web.conftest import only_loopback, open_policy, outlet, reader
from tests.web.outlet import Outlet

__all__ = ["only_loopback", "outlet", "reader"]

TODAY = dt.date(2025, 6, 30)
STORY = "casting-call"


def cast_of(facts: tuple[CastFact, ...]) -> set[tuple[str, str]]:
    return {(fact.actor, fact.character) for fact in facts}


async def test_a_link_is_previewed_with_what_it_would_teach_and_nothing_is_written(
    db: Database, seeds_dir: Path, reader: WebReader, outlet: Outlet
) -> None:
    before = sorted(seeds_dir.iterdir())
    link = await read_link(db, reader, outlet.story_url(STORY), TODAY)
    story = outlet.stories[STORY]
    preview = link.preview
    assert preview.headline == story.headline  # sentence case, as the outlet wrote it
    assert preview.published == dt.date(2025, 5, 5) and not preview.date_guessed
    assert preview.url == outlet.story_url(STORY)
    assert story.paragraphs[0].startswith(preview.lede)
    assert ("Imani Okafor", "Bea Lark") in cast_of(preview.facts.cast)
    assert link.draft.body.splitlines() == list(story.paragraphs)
    assert sorted(seeds_dir.iterdir()) == before


async def test_saving_the_preview_writes_the_article_with_its_link_and_no_furniture(
    db: Database, seeds_dir: Path, reader: WebReader, outlet: Outlet
) -> None:
    link = await read_link(db, reader, outlet.story_url(STORY), TODAY)
    added = await save_link(db, seeds_dir, link, guild_id=1, user_id=2)
    raw = (seeds_dir / added.file_name).read_bytes()
    article = parse_seed(raw).article
    assert article.title == outlet.stories[STORY].headline
    assert article.url == outlet.story_url(STORY)
    assert article.paragraphs == outlet.stories[STORY].paragraphs
    for piece in pages.FURNITURE:
        assert piece.casefold() not in raw.decode().casefold(), piece
    assert added.facts == link.preview.facts
    assert await find_desk_article(db, added.file_name) is not None  # /news remove can


async def test_a_title_and_date_given_replace_the_pages(
    db: Database, reader: WebReader, outlet: Outlet
) -> None:
    link = await read_link(
        db, reader, outlet.story_url(STORY), TODAY, title="Two newcomers", date="2025-05-06"
    )
    assert (link.preview.headline, link.preview.published) == ("Two newcomers", dt.date(2025, 5, 6))


async def test_a_page_without_a_date_is_dated_today_and_says_so(
    db: Database, reader: WebReader, outlet: Outlet
) -> None:
    outlet.stories["undated"] = pages.Story("undated", "An undated story", pages.PARAGRAPHS, "")
    link = await read_link(db, reader, outlet.story_url("undated"), TODAY)
    assert link.preview.published == TODAY and link.preview.date_guessed


async def test_a_link_already_in_the_archive_is_refused_however_it_is_spelled(
    db: Database, seeds_dir: Path, reader: WebReader, outlet: Outlet
) -> None:
    link = await read_link(db, reader, outlet.story_url(STORY), TODAY)
    await save_link(db, seeds_dir, link, guild_id=1, user_id=2)
    await ingest_folder(db, seeds_dir)
    for spelling in (outlet.story_url(STORY), outlet.story_url(STORY) + "?utm_source=share#top"):
        with pytest.raises(InvalidInput, match="already in the archive"):
            await read_link(db, reader, spelling, TODAY)
    with pytest.raises(InvalidInput, match="already in the archive"):  # saved meanwhile
        await save_link(db, seeds_dir, link, guild_id=1, user_id=2)


async def refusal(db: Database, reader: WebReader, url: str) -> ExpectedError:
    with pytest.raises(ExpectedError) as caught:
        await read_link(db, reader, url, TODAY)
    return caught.value


async def test_a_refused_address_gives_its_reason(db: Database, outlet: Outlet) -> None:
    async with Fetcher(open_policy(allow_private=False)) as fetcher:
        error = await refusal(db, WebReader(fetcher), outlet.story_url(STORY))
    assert isinstance(error, InvalidInput)
    assert "loopback address" in str(error) and "not a public site" in str(error)
    assert outlet.seen == []  # refused before any connection


async def test_an_oversized_page_gives_its_reason(db: Database, outlet: Outlet) -> None:
    async with Fetcher(open_policy(max_bytes=64 * 1024)) as fetcher:
        error = await refusal(db, WebReader(fetcher), outlet.url("/huge"))
    assert isinstance(error, InvalidInput)
    assert str(error) == "The page is larger than the bot reads (64 KiB at most)."


@pytest.mark.parametrize(
    ("path", "words"),
    [("/media/cover.png", "image/png"), ("/media/press-kit.pdf", "application/pdf")],
)
async def test_a_link_that_is_not_a_web_page_gives_its_reason(
    db: Database, reader: WebReader, outlet: Outlet, path: str, words: str
) -> None:
    error = await refusal(db, reader, outlet.url(path))
    assert isinstance(error, InvalidInput)
    assert f"That link is a {words} file." in str(error)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/subscribers/last-scene", "for the site's subscribers"),
        ("/film", "does not look like a news article"),
        ("/missing", "404"),
        ("/feeds/film.rss", "It is a feed"),
    ],
)
async def test_a_page_that_is_no_readable_article_gives_its_reason(
    db: Database, reader: WebReader, outlet: Outlet, path: str, words: str
) -> None:
    error = await refusal(db, reader, outlet.url(path))
    assert isinstance(error, InvalidInput)
    assert words in str(error)


async def test_a_site_in_trouble_is_a_failure_to_try_again_later(
    db: Database, reader: WebReader, outlet: Outlet
) -> None:
    outlet.failing[f"/news/{STORY}"] = 503
    error = await refusal(db, reader, outlet.story_url(STORY))
    assert isinstance(error, ActionFailed)
    assert "503" in str(error) and "try again later" in str(error)
