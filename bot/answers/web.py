"""Answers about news from the web: a link's preview before it is saved, and the feeds followed.

Plain data, like every answer; the wording is :mod:`bot.render.web_cards`'.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:  # a field's type only: the fact classes are for ingestion (bot.fact_kinds)
    from bot.facts import ArticleFacts


class LinkPreview(msgspec.Struct, frozen=True):
    """``/news add url:``: the article read from a link, not saved yet, and what it would teach.

    ``published`` is the moderator's date, else the page's, else today's (``date_guessed``:
    the page gives none); ``url`` is the page's final address, the one the article file keeps.
    """

    headline: str
    published: dt.date
    date_guessed: bool
    url: str
    lede: str
    word_count: int
    facts: ArticleFacts


class LinkDropped(msgspec.Struct, frozen=True):
    """The preview's Cancel: the article titled ``headline`` was not saved."""

    headline: str


class FeedInfo(msgspec.Struct, frozen=True):
    """One followed feed, as ``/news feeds`` lists it. Times are aware UTC datetimes.

    ``next_check`` is None while the feed is paused (it failed for a day); ``last_error`` is
    the last check's failure, None when it worked.
    """

    url: str
    title: str | None
    every_minutes: int
    last_checked: dt.datetime | None
    next_check: dt.datetime | None
    articles_taken: int
    last_error: str | None
    paused: bool


class FeedList(msgspec.Struct, frozen=True):
    """``/news feeds``: every feed followed, in the order they were followed, ``as_of`` a
    moment (aware UTC) that times are shown relative to."""

    feeds: tuple[FeedInfo, ...]
    as_of: dt.datetime


class FeedFollowed(msgspec.Struct, frozen=True):
    """``/news follow``: the feed is checked every ``every_minutes``.

    ``entries`` is how many it holds now: on the first check they are taken as its history,
    without alerts. ``again`` is True when it was followed already (its interval updated, and
    a paused feed resumed).
    """

    url: str
    title: str
    every_minutes: int
    entries: int
    again: bool


class FeedUnfollowed(msgspec.Struct, frozen=True):
    """``/news unfollow``: the feed at ``url`` is no longer checked; its articles stay."""

    url: str
    title: str | None
