"""News from the web as cards: a link's preview, and the feeds with their health."""

from __future__ import annotations

import datetime as dt

import msgspec

from bot.answers.lookups import ArticleSummary, Source
from bot.answers.web import (
    FeedFollowed,
    FeedInfo,
    FeedList,
    FeedUnfollowed,
    LinkDropped,
    LinkPreview,
)
from bot.facts import ArticleFacts, CastFact
from bot.render.cards import cards_for
from bot.render.common import Tone
from bot.render.embeds import DiscordStyle, embed_for
from bot.render.text import TextStyle, text_for

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
URL = "https://news.example/film/two_newcomers"
PREVIEW = LinkPreview(
    headline="Saltmarsh adds two newcomers",
    published=dt.date(2025, 5, 5),
    date_guessed=False,
    url=URL,
    lede="The film has cast two newcomers.",
    word_count=1234,
    facts=ArticleFacts(cast=(CastFact("Imani Okafor", "Bea Lark", ""),)),
)


def test_a_preview_shows_the_article_the_facts_and_what_the_buttons_do() -> None:
    (card,) = cards_for(PREVIEW, TextStyle())
    text = text_for(card)
    assert card.title == "Preview: Saltmarsh adds two newcomers"
    assert card.tone is Tone.NOTICE
    assert "The film has cast two newcomers." in text
    assert "Save adds it to the news" in text and "Cancel drops it" in text
    assert "5 May 2025" in text and "1,234 words" in text and URL in text
    assert "Imani Okafor as Bea Lark" in text


def test_a_preview_on_discord_keeps_its_link_whole() -> None:
    embed = embed_for(cards_for(PREVIEW, DiscordStyle())[0])
    link = next(field for field in embed.fields if field.name == "Link")
    assert link.value == URL  # an underscore in a link is not escaped


def test_a_guessed_date_says_so_and_cancel_says_nothing_was_saved() -> None:
    guessed = msgspec.structs.replace(PREVIEW, date_guessed=True)
    assert "the page gives no date" in text_for(cards_for(guessed, TextStyle())[0])
    (dropped,) = cards_for(LinkDropped("Saltmarsh adds two newcomers"), TextStyle())
    assert dropped.title == "Not saved" and "was not added" in dropped.description


def test_the_feed_list_shows_each_feed_s_checks_articles_and_errors_relative_to_now() -> None:
    healthy = FeedInfo(
        url="https://scoop.example/film.rss",
        title="Screen Scoop: Film",
        every_minutes=15,
        last_checked=NOW - dt.timedelta(minutes=4),
        next_check=NOW + dt.timedelta(minutes=11),
        articles_taken=3,
        last_error=None,
        paused=False,
    )
    paused = FeedInfo(
        url="https://wire.example/atom",
        title=None,
        every_minutes=60,
        last_checked=NOW - dt.timedelta(hours=2, minutes=5),
        next_check=None,
        articles_taken=1,
        last_error="The site answered 500 (internal server error).",
        paused=True,
    )
    (card,) = cards_for(FeedList((healthy, paused), NOW), TextStyle())
    assert card.title == "Feeds (2 followed)" and card.tone is Tone.NOTICE
    first, second = card.fields
    assert first.name == "Screen Scoop: Film"
    assert first.value.splitlines() == [
        "https://scoop.example/film.rss",
        "Every 15 minutes · 3 articles taken",
        "Last check 4 min ago · next in 11 min",
    ]
    assert second.name == "https://wire.example/atom"
    assert second.value.splitlines() == [
        "Every hour · 1 article taken",
        "Paused: failing for a day (last check 2 h 5 min ago). Follow it again to resume.",
        "Last error: The site answered 500 (internal server error).",
    ]


def test_no_feed_many_feeds_following_and_unfollowing() -> None:
    (empty,) = cards_for(FeedList((), NOW), TextStyle())
    assert "No feed is followed" in empty.description
    feed = FeedInfo("https://a.example/f", None, 15, None, NOW, 0, None, False)
    pages = cards_for(FeedList((feed,) * 12, NOW), TextStyle())
    assert [len(page.fields) for page in pages] == [10, 2]
    assert pages[1].footer == "Page 2 of 2"
    assert "Last check not yet · next due now" in pages[0].fields[0].value

    (new,) = cards_for(FeedFollowed("https://a.example/f", "A", 15, 7, again=False), TextStyle())
    assert new.title == "Following A" and "Its 7 current entries are taken as history" in (
        new.description
    )
    (again,) = cards_for(FeedFollowed("https://a.example/f", "A", 30, 7, again=True), TextStyle())
    assert "now checked every 30 minutes" in again.description
    (gone,) = cards_for(FeedUnfollowed("https://a.example/f", None), TextStyle())
    assert gone.description.startswith("https://a.example/f is no longer checked")


def test_news_show_gives_the_article_s_link() -> None:
    source = Source("a.txt", "Title", dt.date(2025, 5, 5), URL)
    summary = ArticleSummary(source, "Lede.", (), (), (), ())
    (card,) = cards_for(summary, TextStyle())
    assert any(field.name == "Link" and field.value == URL for field in card.fields)
