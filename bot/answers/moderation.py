"""Answers to moderators' commands: news alert settings, the news desk, the moderator role,
the owner's sync.

What a moderator's action did, as plain data; the wording is the renderer's
(:mod:`bot.render.moderation_cards`). ``/alerts status`` answers with
:class:`bot.answers.alerts.AlertStatus`. When an action cannot be done it raises one of
:mod:`bot.answers.errors` instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.answers.alerts import AlertRoute
from bot.facts import ArticleFacts


@dataclass(frozen=True, slots=True)
class AlertsOn:
    """``/alerts set``: the route as saved (``created``: new, else updated)."""

    route: AlertRoute
    created: bool = True
    silent_ping: bool = False
    """The role is not mentionable and the bot lacks Mention All Roles: its ping notifies no one."""
    no_history: bool = False
    """The bot lacks Read Message History there, so it cannot check an interrupted alert."""


@dataclass(frozen=True, slots=True)
class AlertsOff:
    """``/alerts off``: in ``channel_id`` (None: every channel); ``was_on`` is False when there
    was nothing to turn off; ``remaining`` routes are left."""

    was_on: bool
    channel_id: int | None = None
    remaining: int = 0


@dataclass(frozen=True, slots=True)
class SampleAlertSent:
    """``/alerts test`` posted the alert for ``title`` in ``channel_id``; ``route_takes_it``
    says whether the route's filter would have posted it for real."""

    channel_id: int
    title: str = ""
    route_takes_it: bool = True


@dataclass(frozen=True, slots=True)
class AlertsPaused:
    """``/alerts pause``: held ``until`` then (None: until ``/alerts resume``); ``waiting``
    alerts are queued."""

    until: dt.datetime | None
    waiting: int = 0


@dataclass(frozen=True, slots=True)
class AlertsResumed:
    """``/alerts resume``: ``was_paused`` False when nothing was paused; ``digests`` queued."""

    was_paused: bool
    digests: int = 0


@dataclass(frozen=True, slots=True)
class AlertResent:
    """The Resend button: the failed alert ``title`` is queued again for ``channel_id``."""

    channel_id: int
    title: str
    paused: bool = False
    """The server's alerts are paused: it goes out when they resume."""


@dataclass(frozen=True, slots=True)
class PremiereEvents:
    """``/alerts events on|off``: whether the premiere becomes a Discord scheduled event."""

    enabled: bool
    missing_manage_events: bool = False
    """On, but the bot lacks Manage Events, so it cannot create the event yet."""


@dataclass(frozen=True, slots=True)
class ArticleAdded:
    """``/news add`` wrote ``file_name``; ``facts`` is what the extractor found, to check."""

    file_name: str
    headline: str
    facts: ArticleFacts
    earlier: bool = False
    """The same title and body were added a moment ago: nothing new was written, and this is
    that article."""


@dataclass(frozen=True, slots=True)
class ArticleRemoved:
    """``/news remove`` retracted the article titled ``title``."""

    title: str


@dataclass(frozen=True, slots=True)
class CommandsSynced:
    """``/sync`` published ``count`` commands, to this server or (``everywhere``) globally."""

    count: int
    everywhere: bool
    guild_copies: tuple[int, ...] = ()
    """After a global sync: servers that also hold their own copy (members see each twice)."""


@dataclass(frozen=True, slots=True)
class ModeratorRoleSet:
    """``/moderators set``: members with the role are moderators in this server now."""

    role_id: int
    role_name: str


@dataclass(frozen=True, slots=True)
class ModeratorRoleShown:
    """``/moderators show``: the server's moderator role (None: Manage Server alone);
    ``role_name`` is "" if the role was deleted since it was named."""

    role_id: int | None
    role_name: str = ""


@dataclass(frozen=True, slots=True)
class ModeratorRoleCleared:
    """``/moderators clear``; ``was_set`` is False when there was none to clear."""

    was_set: bool
