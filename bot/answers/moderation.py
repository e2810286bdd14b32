"""Answers to moderators' commands: news alert settings, the news desk, the moderator role,
the owner's sync.

What a moderator's action did, as plain data; the wording is the renderer's
(:mod:`bot.render.moderation_cards`). ``/alerts status`` answers with
:class:`bot.answers.alerts.AlertStatus`. When an action cannot be done it raises one of
:mod:`bot.answers.errors` instead.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import msgspec

from bot.answers.alerts import AlertRoute

if TYPE_CHECKING:  # a field's type only: the fact classes are for ingestion (bot.fact_kinds)
    from bot.facts import ArticleFacts


class AlertsOn(msgspec.Struct, frozen=True):
    """``/alerts set``: the route as saved (``created``: new, else updated)."""

    route: AlertRoute
    created: bool = True
    silent_ping: bool = False
    """The role is not mentionable and the bot lacks Mention All Roles: its ping notifies no one."""
    no_history: bool = False
    """The bot lacks Read Message History there, so it cannot check an interrupted alert."""


class AlertsOff(msgspec.Struct, frozen=True):
    """``/alerts off``: in ``channel_id`` (None: every channel); ``was_on`` is False when there
    was nothing to turn off; ``remaining`` routes are left."""

    was_on: bool
    channel_id: int | None = None
    remaining: int = 0


class SampleAlertSent(msgspec.Struct, frozen=True):
    """``/alerts test`` posted the alert for ``title`` in ``channel_id``; ``route_takes_it``
    says whether the route's filter would have posted it for real."""

    channel_id: int
    title: str = ""
    route_takes_it: bool = True


class AlertsPaused(msgspec.Struct, frozen=True):
    """``/alerts pause``: held ``until`` then (None: until ``/alerts resume``); ``waiting``
    alerts are queued."""

    until: dt.datetime | None
    waiting: int = 0


class AlertsResumed(msgspec.Struct, frozen=True):
    """``/alerts resume``: ``was_paused`` False when nothing was paused; ``digests`` queued."""

    was_paused: bool
    digests: int = 0


class AlertResent(msgspec.Struct, frozen=True):
    """The Resend button: the failed alert ``title`` is queued again for ``channel_id``."""

    channel_id: int
    title: str
    paused: bool = False
    """The server's alerts are paused: it goes out when they resume."""


class PremiereEvents(msgspec.Struct, frozen=True):
    """``/alerts events on|off``: whether the premiere becomes a Discord scheduled event."""

    enabled: bool
    missing_manage_events: bool = False
    """On, but the bot lacks Manage Events, so it cannot create the event yet."""


class ArticleAdded(msgspec.Struct, frozen=True):
    """``/news add`` wrote ``file_name``; ``facts`` is what the extractor found, to check."""

    file_name: str
    headline: str
    facts: ArticleFacts
    earlier: bool = False
    """The same title and body were added a moment ago: nothing new was written, and this is
    that article."""


class ArticleRemoved(msgspec.Struct, frozen=True):
    """``/news remove`` retracted the article titled ``title``."""

    title: str


class CommandsSynced(msgspec.Struct, frozen=True):
    """``/sync`` published ``count`` commands, to this server or (``everywhere``) globally."""

    count: int
    everywhere: bool
    guild_copies: tuple[int, ...] = ()
    """After a global sync: servers that also hold their own copy (members see each twice)."""


class ModeratorRoleSet(msgspec.Struct, frozen=True):
    """``/moderators set``: members with the role are moderators in this server now."""

    role_id: int
    role_name: str


class ModeratorRoleShown(msgspec.Struct, frozen=True):
    """``/moderators show``: the server's moderator role (None: Manage Server alone);
    ``role_name`` is "" if the role was deleted since it was named."""

    role_id: int | None
    role_name: str = ""


class ModeratorRoleCleared(msgspec.Struct, frozen=True):
    """``/moderators clear``; ``was_set`` is False when there was none to clear."""

    was_set: bool
