"""Answers to moderators' commands: news alert settings, the news desk, the moderator role,
the owner's sync.

What a moderator's action did, as plain data; the wording is the renderer's
(:mod:`bot.render.moderation_cards`). ``/alerts status`` answers with
:class:`bot.answers.alerts.AlertStatus`. When an action cannot be done it raises one of
:mod:`bot.answers.errors` instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts import ArticleFacts


@dataclass(frozen=True, slots=True)
class AlertsOn:
    """``/alerts set``: alerts now go to ``channel_id``, pinging ``role_id`` (None: nobody)."""

    channel_id: int
    role_id: int | None
    silent_ping: bool = False
    """The role is not mentionable and the bot lacks Mention All Roles: its ping notifies no one."""


@dataclass(frozen=True, slots=True)
class AlertsOff:
    """``/alerts off``; ``was_on`` is False when there was nothing to turn off."""

    was_on: bool


@dataclass(frozen=True, slots=True)
class SampleAlertSent:
    """``/alerts test`` posted a sample alert in ``channel_id``."""

    channel_id: int


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


@dataclass(frozen=True, slots=True)
class ArticleRemoved:
    """``/news remove`` retracted the article titled ``title``."""

    title: str


@dataclass(frozen=True, slots=True)
class CommandsSynced:
    """``/sync`` published ``count`` commands, to this server or (``everywhere``) globally."""

    count: int
    everywhere: bool


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
