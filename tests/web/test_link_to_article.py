"""From a link to the seed format: fetch an outlet's page or feed and read it, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ingestion.seedfile import parse_seed
from bot.moderation.newsdesk import DraftArticle, render_seed
from bot.web.errors import Reason, WebError
from bot.web.feeds import parse_feed
from bot.web.fetch import Fetcher
from bot.web.page import read_article
from tests.web import pages
from tests.web.outlet import Outlet


async def test_a_fetched_page_becomes_a_seed_with_the_article_and_no_furniture(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    fetched = await fetcher.fetch_page(outlet.url("/film/heartstopper-premiere"))
    article = await read_article(fetched.body, fetched.url, charset=fetched.charset)
    assert article.published is not None
    seed = render_seed(DraftArticle(article.headline, article.body, article.published, article.url))
    for paragraph in pages.PARAGRAPHS:
        assert paragraph in seed
    for piece in pages.FURNITURE:
        assert piece.casefold() not in seed.casefold(), piece
    parsed = parse_seed(seed.encode())
    assert parsed.article.date == dt.date(2025, 4, 22)
    assert parsed.article.title == pages.HEADLINE  # sentence case, as the page has it
    assert parsed.article.url == outlet.url("/film/heartstopper-premiere")
    assert parsed.article.paragraphs == pages.PARAGRAPHS


async def test_a_redirected_link_keeps_the_final_url(fetcher: Fetcher, outlet: Outlet) -> None:
    fetched = await fetcher.fetch_page(outlet.url("/redirect/2"))
    article = await read_article(fetched.body, fetched.url, charset=fetched.charset)
    assert article.url == outlet.url("/film/heartstopper-premiere")


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/subscribers/last-scene", Reason.PAYWALL), ("/film", Reason.NOT_ARTICLE)],
)
async def test_a_page_that_is_no_article_gives_its_reason(
    fetcher: Fetcher, outlet: Outlet, path: str, reason: Reason
) -> None:
    fetched = await fetcher.fetch_page(outlet.url(path))
    with pytest.raises(WebError) as caught:
        await read_article(fetched.body, fetched.url, charset=fetched.charset)
    assert caught.value.reason is reason


async def test_a_fetched_feed_is_parsed_and_an_unchanged_one_is_not_fetched_again(
    fetcher: Fetcher, outlet: Outlet
) -> None:
    fetched = await fetcher.fetch_feed(outlet.url("/feeds/film.rss"))
    feed = parse_feed(fetched.body, fetched.url, fetched.media_type)
    assert [e.title for e in feed.entries][:2] == [
        "Heartstopper film sets its premiere",
        "Filming wraps in Kent",
    ]
    assert feed.entries[1].link == outlet.url("/film/filming-wraps")  # relative to the feed
    again = await fetcher.fetch_feed(fetched.url, fetched.validators)
    assert again.not_modified and again.body == b""
