"""``/news add url:``, ``/news follow``, ``/news feeds``, ``/news unfollow`` through the real
command tree, on the fake Discord, reading from the fake outlet on 127.0.0.1.

What is checked is the typed answer or error (the wording is tests/render's); the preview's
buttons are pressed for real in tests/e2e/test_news_from_links.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers.errors import InvalidInput, NotAllowed, NotFoundError
from bot.answers.moderation import ArticleAdded
from bot.answers.web import FeedFollowed, FeedList, FeedUnfollowed, LinkDropped, LinkPreview
from bot.web.reader import WebReader
from tests.cogs.conftest import MODERATOR, WAIT, Servers
from tests.fakediscord import DEFAULT_EVERYONE_PERMISSIONS
from tests.web.conftest import only_loopback, outlet, reader
from tests.web.outlet import Outlet

__all__ = ["only_loopback", "outlet", "reader"]

STORY = "casting-call"


@pytest.fixture
async def editors(servers: Servers, reader: WebReader) -> AsyncIterator[Servers]:
    """The servers, with the bot reading links as ``python -m bot run`` makes it."""
    servers.bot.web = reader
    yield servers


def files(seeds: Path) -> list[str]:
    return sorted(path.name for path in seeds.iterdir())


async def previewed(editors: Servers, outlet: Outlet) -> LinkPreview:
    """``/news add url:`` for the story: its preview, after checking nothing was written."""
    before = files(editors.seeds)
    preview = await editors.run("news add", {"url": outlet.story_url(STORY)})
    assert isinstance(preview, LinkPreview)
    assert preview.headline == outlet.stories[STORY].headline
    assert files(editors.seeds) == before  # nothing written before Save
    return preview


async def test_news_add_with_a_link_previews_privately_and_save_writes_the_file(
    editors: Servers, outlet: Outlet
) -> None:
    before = files(editors.seeds)
    preview = await previewed(editors, outlet)

    added = await editors.presenter.decision.save()
    assert isinstance(added, ArticleAdded) and added.headline == preview.headline
    assert files(editors.seeds) == sorted([*before, added.file_name])
    assert f"url: {outlet.story_url(STORY)}" in (editors.seeds / added.file_name).read_text()


async def test_news_add_with_a_link_then_cancel_writes_nothing(
    editors: Servers, outlet: Outlet
) -> None:
    before = files(editors.seeds)
    preview = await previewed(editors, outlet)
    assert editors.presenter.decision.cancelled == LinkDropped(preview.headline)
    assert files(editors.seeds) == before


async def test_news_add_needs_a_body_or_a_link_and_an_editing_server(
    editors: Servers, outlet: Outlet
) -> None:
    form = await editors.fake.slash(
        "news add",
        {"title": "Only a title"},
        guild_id=editors.editor.id,
        member_permissions=MODERATOR,
    )
    assert (await form.wait_callback(WAIT)).type == 9  # no body, no link: the form to write it
    elsewhere = await editors.run("news add", {"url": outlet.story_url(STORY)}, guild=editors.other)
    assert isinstance(elsewhere, NotAllowed)
    member = await editors.run(
        "news add", {"url": outlet.story_url(STORY)}, permissions=DEFAULT_EVERYONE_PERMISSIONS
    )
    assert isinstance(member, NotAllowed)
    assert outlet.seen == []  # refused before anything was fetched


async def test_a_link_the_bot_cannot_read_gets_its_reason(editors: Servers, outlet: Outlet) -> None:
    refused = await editors.run("news add", {"url": outlet.url("/media/cover.png")})
    assert isinstance(refused, InvalidInput) and "image/png" in str(refused)


async def test_feeds_are_followed_listed_offered_and_unfollowed(
    editors: Servers, outlet: Outlet
) -> None:
    outlet.list_story(STORY)
    url = outlet.url("/feeds/live.rss")
    followed = await editors.run("news follow", {"feed": url, "every": 30})
    assert followed == FeedFollowed(url, "Screen Scoop: Saltmarsh", 30, 1, again=False)
    listed = await editors.run("news feeds")
    assert isinstance(listed, FeedList)
    assert [(feed.url, feed.every_minutes, feed.paused) for feed in listed.feeds] == [
        (url, 30, False)
    ]

    choices = await editors.fake.invoke_autocomplete(
        "news unfollow", "feed", "saltmarsh", guild_id=editors.editor.id
    )
    assert [choice["value"] for choice in choices.choices] == [url]
    gone = await editors.run("news unfollow", {"feed": url})
    assert gone == FeedUnfollowed(url, "Screen Scoop: Saltmarsh")
    again = await editors.run("news unfollow", {"feed": url})
    assert isinstance(again, NotFoundError)


async def test_a_page_is_not_followed_as_a_feed_and_only_editors_manage_feeds(
    editors: Servers, outlet: Outlet
) -> None:
    page = await editors.run("news follow", {"feed": outlet.story_url(STORY)})
    assert isinstance(page, InvalidInput) and "not an RSS or Atom feed" in str(page)
    url = outlet.url("/feeds/live.rss")
    for refused in (
        await editors.run("news follow", {"feed": url}, guild=editors.other),
        await editors.run("news feeds", permissions=DEFAULT_EVERYONE_PERMISSIONS),
        await editors.run("news unfollow", {"feed": url}, guild=editors.other),
    ):
        assert isinstance(refused, NotAllowed)
    choices = await editors.fake.invoke_autocomplete(
        "news unfollow", "feed", "", guild_id=editors.other.id
    )
    assert choices.choices == []
