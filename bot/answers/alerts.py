"""What news alerts say and how a server's alerts are set up: plain data for alerts and render.

A :class:`NewsItem` is one article's alert, serialisable to JSON for the outbox; its
:class:`Change` list is the alert's "What's new". An :class:`AlertRoute` is one channel that
gets alerts (a server may have several), with its filter (:class:`AlertKind`, keywords) and
role; :class:`ServerAlerts` holds what is set per server.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from bot.facts import Article

NO_HISTORY = (
    "I can't read the alerts channel's history (Read Message History): after an interruption "
    "I can't check whether an alert was already posted, so one might be posted twice. "
    "Grant it in the channel's settings."
)
"""Why a channel without Read Message History is a risk, in a moderator's words."""


class ChangeKind(StrEnum):
    """What changed, as ``/cast``, ``/crew`` and ``/release-date`` show it afterwards."""

    PREMIERE_ANNOUNCED = "premiere_announced"
    PREMIERE_MOVED = "premiere_moved"
    PREMIERE_WITHDRAWN = "premiere_withdrawn"
    """A newer article says no date is announced: ``previous`` is the date it withdraws."""
    TITLE = "title"
    """The film's title: ``value`` (``previous``, the title it replaces, if any)."""
    NEW_CAST = "new_cast"
    RECAST = "recast"
    LEFT_CAST = "left_cast"
    """Nobody plays ``subject`` any more: ``previous`` was the actor."""
    NEW_CREW = "new_crew"
    FILMING = "filming"
    """How filming stands: ``subject`` a :class:`~bot.answers.lookups.Production` stage,
    ``value`` its date (ISO) or period (ISO interval), or empty."""
    RELEASE_WINDOW = "release_window"
    """While no premiere date is known, when the release is expected: ``value`` an ISO
    interval; ``subject`` is ``hoped`` when the article only hopes for it."""
    NEW_QUOTES = "new_quotes"


HOPED = "hoped"
"""The ``subject`` of a :attr:`ChangeKind.RELEASE_WINDOW` the article only hopes for."""


class Change(msgspec.Struct, frozen=True):
    """One new or changed fact, in the names the commands show.

    ``subject`` is the character, crew member or (for quotes) the speaker; ``value`` the new
    actor, crew role, date (ISO) or sample quote; ``previous`` what was known before (see each
    :class:`ChangeKind` for the others).
    """

    kind: ChangeKind
    subject: str = ""
    value: str = ""
    previous: str = ""
    count: int = 0


class NewsItem(msgspec.Struct, frozen=True):
    """What one article's alert says: its headline (``title``; the lede or the file name when
    the article has none), date, lede, web address when it has one, and "What's new"."""

    file_name: str
    title: str
    date: dt.date | None
    lede: str
    changes: tuple[Change, ...] = ()
    url: str | None = None

    @classmethod
    def of_article(
        cls, file_name: str, article: Article, changes: tuple[Change, ...] = ()
    ) -> NewsItem:
        """The alert for ``article`` (stored as ``file_name``) with "What's new" ``changes``."""
        title = article.title or article.lede or file_name
        return cls(file_name, title, article.date, article.lede, changes, article.url)

    def to_json(self) -> str:
        data = msgspec.structs.asdict(self)  # shallow: each change is made a dict below
        data["date"] = self.date.isoformat() if self.date else None
        data["changes"] = [msgspec.structs.asdict(change) for change in self.changes]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> NewsItem:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsItem:
        return cls(
            file_name=str(data["file_name"]),
            title=str(data["title"]),
            date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            lede=str(data.get("lede") or ""),
            changes=tuple(
                Change(
                    kind=ChangeKind(change["kind"]),
                    subject=str(change.get("subject", "")),
                    value=str(change.get("value", "")),
                    previous=str(change.get("previous", "")),
                    count=int(change.get("count", 0)),
                )
                for change in data.get("changes", ())
            ),
            url=str(data["url"]) if data.get("url") else None,
        )


class AlertKind(StrEnum):
    """What a route's ``only`` filter picks from: which "What's new" an alert must have."""

    DATES = "dates"
    """The premiere or release date announced or moved, the title, filming started or wrapped."""
    CAST = "cast"
    """New casting, recasts."""
    CREW = "crew"
    QUOTES = "quotes"
    ARTICLES = "articles"
    """Every new article, with or without "What's new"."""


EVERY_ARTICLE = frozenset({AlertKind.ARTICLES})


class AlertRoute(msgspec.Struct, frozen=True):
    """One channel of a server that gets news alerts, and which ones.

    An article is posted when one of its kinds is in ``kinds`` and, if ``keywords`` are set,
    it mentions one of them. ``role_id`` is pinged with each alert (None: nobody). In a
    ``forum`` channel each alert is a new post.
    """

    guild_id: int
    channel_id: int
    kinds: frozenset[AlertKind] = EVERY_ARTICLE
    keywords: tuple[str, ...] = ()
    role_id: int | None = None
    forum: bool = False


class RouteChange(msgspec.Struct, frozen=True):
    """What ``/alerts set`` asks of a channel's route. ``kinds`` and ``keywords`` None keep
    what the route has (a new route: every article, no keywords); ``role_id`` None keeps the
    role unless ``clear_role``."""

    guild_id: int
    channel_id: int
    forum: bool = False
    kinds: frozenset[AlertKind] | None = None
    keywords: tuple[str, ...] | None = None
    role_id: int | None = None
    clear_role: bool = False


class Pause(msgspec.Struct, frozen=True):
    """``/alerts pause``: since when, and until when (None: until ``/alerts resume``)."""

    since: dt.datetime
    until: dt.datetime | None


class ServerAlerts(msgspec.Struct, frozen=True):
    """A server's alert settings beside its routes: premiere events, and whether paused."""

    guild_id: int
    events_enabled: bool = False
    pause: Pause | None = None


class Delivered(msgspec.Struct, frozen=True):
    """An alert as ``/alerts status`` lists it: delivered (with where its message is), or
    failed (with why)."""

    id: int
    title: str
    channel_id: int
    """The route's channel."""
    finished_at: dt.datetime | None
    message_id: int | None = None
    thread_id: int | None = None
    """The post it opened, in a forum channel."""
    error: str | None = None

    @property
    def message_channel_id(self) -> int:
        """Where the message is: the post (a thread) in a forum, else the channel."""
        return self.thread_id or self.channel_id


class EventState(msgspec.Struct, frozen=True):
    guild_id: int
    event_id: int | None
    premiere_date: dt.date | None
    last_error: str | None


class RouteStatus(msgspec.Struct, frozen=True):
    """One route in ``/alerts status``: what stops the bot posting there now (the missing
    permission, a deleted channel; None when nothing), and its last alerts delivered.
    ``gone``: its channel no longer exists (it can only be turned off)."""

    route: AlertRoute
    delivered: tuple[Delivered, ...] = ()
    problem: str | None = None
    gone: bool = False


class AlertStatus(msgspec.Struct, frozen=True):
    """``/alerts status``: a server's routes, what waits, what failed, the premiere event.

    ``server`` is None when the server has no route (alerts are off). ``premiere`` is the
    premiere date the bot knows, whether or not it could make an event of it.
    """

    server: ServerAlerts | None
    routes: tuple[RouteStatus, ...] = ()
    pending: int = 0
    failed: tuple[Delivered, ...] = ()
    event: EventState | None = None
    premiere: dt.date | None = None
    warnings: tuple[str, ...] = ()
    """What keeps alerts from working as they should right now, in a moderator's words
    ("new articles cannot be stored: disk full")."""
