"""Cards for news from the web: a link's preview, and the feeds the bot follows."""

from __future__ import annotations

import datetime as dt

from bot.answers.web import (
    FeedFollowed,
    FeedInfo,
    FeedList,
    FeedUnfollowed,
    LinkDropped,
    LinkPreview,
)
from bot.render.common import Card, Field, Style, Tone, shorten
from bot.render.moderation_cards import facts_fields

LEDE_CHARS = 300
FEEDS_PER_PAGE = 10
_MINUTE, _HOUR, _DAY = 60, 3600, 86400


def link_preview(answer: LinkPreview, style: Style) -> list[Card]:
    date = style.date(answer.published)
    if answer.date_guessed:
        date += " (the page gives no date: today's)"
    text = (
        f"{style.plain(shorten(answer.lede, LEDE_CHARS))}\n\n"
        f"{style.strong('Save')} adds it to the news: every subscribed server gets an alert. "
        f"{style.strong('Cancel')} drops it."
    )
    fields = (
        Field("Published", date, inline=True),
        Field("Length", f"{answer.word_count:,} words", inline=True),
        Field("Link", style.plain(answer.url)),
        *facts_fields(answer.facts, style),
    )
    return [Card(f"Preview: {style.plain(answer.headline)}", text, fields, tone=Tone.NOTICE)]


def link_dropped(answer: LinkDropped, style: Style) -> list[Card]:
    return [Card("Not saved", f"“{style.plain(answer.headline)}” was not added to the news.")]


def feed_followed(answer: FeedFollowed, style: Style) -> list[Card]:
    every = _minutes(answer.every_minutes)
    if answer.again:
        text = f"Already followed: it is now checked every {every}, and resumed if it was paused."
    else:
        text = (
            f"Checked every {every}, starting now. Its {answer.entries} current entries are "
            "taken as history, without alerts; every new one after that becomes an article "
            "and an alert."
        )
    return [Card(f"Following {style.plain(answer.title)}", f"{style.plain(answer.url)}\n{text}")]


def feed_unfollowed(answer: FeedUnfollowed, style: Style) -> list[Card]:
    name = style.plain(answer.title or answer.url)
    return [Card("Unfollowed", f"{name} is no longer checked. Its articles stay in the news.")]


def feed_list(answer: FeedList, style: Style) -> list[Card]:
    if not answer.feeds:
        return [Card("Feeds", "No feed is followed. Add one with /news follow.")]
    fields = [_feed_field(feed, answer.as_of, style) for feed in answer.feeds]
    pages = [fields[i : i + FEEDS_PER_PAGE] for i in range(0, len(fields), FEEDS_PER_PAGE)]
    count = len(answer.feeds)
    title = f"Feeds ({count} followed)" if count != 1 else "Feeds (1 followed)"
    return [
        Card(
            title,
            "",
            tuple(page),
            footer=f"Page {number} of {len(pages)}" if len(pages) > 1 else "",
            tone=Tone.NOTICE if any(feed.paused for feed in answer.feeds) else Tone.ANSWER,
        )
        for number, page in enumerate(pages, start=1)
    ]


def _feed_field(feed: FeedInfo, now: dt.datetime, style: Style) -> Field:
    taken = "1 article" if feed.articles_taken == 1 else f"{feed.articles_taken} articles"
    lines = [f"Every {_minutes(feed.every_minutes)} · {taken} taken"]
    if feed.title:
        lines.insert(0, style.plain(feed.url))
    last = _relative(feed.last_checked, now) if feed.last_checked else "not yet"
    if feed.paused:
        lines.append(
            f"{style.strong('Paused')}: failing for a day (last check {last}). "
            "Follow it again to resume."
        )
    else:
        upcoming = "due now"
        if feed.next_check is not None and feed.next_check > now:
            upcoming = _relative(feed.next_check, now)
        lines.append(f"Last check {last} · next {upcoming}")
    if feed.last_error:
        lines.append(f"Last error: {style.plain(feed.last_error)}")
    return Field(style.plain(shorten(feed.title or feed.url, 100)), "\n".join(lines))


def _minutes(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return "hour" if hours == 1 else f"{hours} hours"
    return "minute" if minutes == 1 else f"{minutes} minutes"


def _relative(moment: dt.datetime, now: dt.datetime) -> str:
    """``moment`` from ``now``: "4 min ago", "in 2 h 5 min", "just now"."""
    seconds = int((moment - now).total_seconds())
    span = abs(seconds)
    if span < _MINUTE:
        return "just now" if seconds <= 0 else "in under a minute"
    if span < _HOUR:
        words = f"{span // _MINUTE} min"
    elif span < _DAY:
        hours, minutes = divmod(span // _MINUTE, 60)
        words = f"{hours} h {minutes} min" if minutes else f"{hours} h"
    else:
        days = span // _DAY
        words = "1 day" if days == 1 else f"{days} days"
    return f"in {words}" if seconds > 0 else f"{words} ago"
