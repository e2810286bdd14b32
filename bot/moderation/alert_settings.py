"""What ``/alerts`` changes: a server's alert routes (checked against Discord before they are
saved), its pause, its premiere events.

Each function takes the server (a :class:`discord.Guild`, so the bot's own permissions can be
read, or its id) and the database, does one moderator action and returns its answer
(:mod:`bot.answers.moderation`), or raises an :mod:`expected error <bot.answers.errors>` whose
message tells the moderator what to change. Whether the moderator may act at all is the
command's check, made before any of these run. Every function works on the server it is given
only: channels are looked up in that server, never by id elsewhere. ``news_alerts`` (None
offline) is told when there is something to deliver at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.alerts.posting import missing_permissions, need_sentence
from bot.alerts.routing import parse_keywords, parse_kinds
from bot.answers.alerts import RouteChange
from bot.answers.errors import InvalidInput, NotFoundError
from bot.answers.moderation import (
    AlertsOff,
    AlertsOn,
    AlertsPaused,
    AlertsResumed,
    PremiereEvents,
)
from bot.db.alert_history import pending_alerts
from bot.db.connection import Database
from bot.db.outbox import resume_server
from bot.db.subscriptions import guild_routes, pause_server, remove_routes, save_route, set_events

if TYPE_CHECKING:
    from bot.alerts.service import NewsAlerts

MAX_ROUTES = 10
"""Alert channels one server may have."""
CANT = "Can't do that"
"""The heading of every refusal here."""
ALERTS_OFF = "Alerts are off here: set them up with `/alerts set`."


async def set_route(
    db: Database,
    guild: discord.Guild,
    channel: discord.abc.GuildChannel,
    user_id: int,
    *,
    role: discord.Role | None = None,
    ping_off: bool = False,
    only: str | None = None,
    keywords: str | None = None,
) -> AlertsOn:
    """Add or update the route for ``channel``: only where the bot can post and embed.

    What is not given (``role``, ``only``, ``keywords``) stays as the route had it (a new
    route: every article, no keywords, no ping); ``ping_off`` stops the role ping. A role
    nobody would be notified by (not mentionable, and the bot may not mention all roles) is
    accepted with a warning in the answer; @everyone is refused.
    """
    target = guild.get_channel(channel.id)
    if not isinstance(target, discord.TextChannel | discord.ForumChannel):
        raise NotFoundError("I can't find that channel; is it a text or forum channel?", title=CANT)
    forum = isinstance(target, discord.ForumChannel)
    if isinstance(target, discord.ForumChannel) and target.is_media():
        raise InvalidInput(
            f"{target.mention} is a media channel, whose posts need pictures: "
            "pick a text or forum channel."
        )
    permissions = target.permissions_for(guild.me)
    missing = missing_permissions(permissions, forum=forum)
    if missing:
        raise InvalidInput(
            f"I can't post alerts in {target.mention}: {need_sentence(missing)} there. "
            "Grant them in the channel's settings, then run `/alerts set` again."
        )
    if isinstance(target, discord.ForumChannel) and target.flags.require_tag:
        raise InvalidInput(
            f"{target.mention} requires a tag on every post, and alerts carry none: turn off "
            "“Require people to apply tags” in the forum's settings, then try again."
        )
    if role is not None and ping_off:
        raise InvalidInput("Give a role to ping, or `ping:off`, not both.")
    if role is not None and role.is_default():
        raise InvalidInput("Pick a role to ping, not @everyone.")
    change = RouteChange(
        guild_id=guild.id,
        channel_id=target.id,
        forum=forum,
        kinds=None if only is None else parse_kinds(only),
        keywords=None if keywords is None else parse_keywords(keywords),
        role_id=role.id if role else None,
        clear_role=ping_off,
    )
    saved = await save_route(db, change, user_id, max_routes=MAX_ROUTES)
    if saved is None:
        raise InvalidInput(
            f"This server already has alerts in {MAX_ROUTES} channels: turn one off with "
            "`/alerts off channel:` first."
        )
    route, created = saved
    pinged = guild.get_role(route.role_id) if route.role_id is not None else None
    silent = pinged is not None and not pinged.mentionable and not permissions.mention_everyone
    no_history = not forum and not permissions.read_message_history
    return AlertsOn(route, created, silent_ping=silent, no_history=no_history)


async def turn_off(db: Database, guild_id: int, channel_id: int | None = None) -> AlertsOff:
    """Stop alerts in one channel, or (``channel_id`` None) everywhere in the server; already
    off is not an error."""
    removed, remaining = await remove_routes(db, guild_id, channel_id)
    return AlertsOff(was_on=bool(removed), channel_id=channel_id, remaining=remaining)


async def pause(db: Database, guild_id: int, user_id: int, hours: int | None) -> AlertsPaused:
    """Hold the server's alerts for ``hours`` (None: until resumed); they stay queued."""
    server = await pause_server(db, guild_id, user_id, hours)
    if server is None or server.pause is None:
        raise NotFoundError(ALERTS_OFF, title=CANT)
    return AlertsPaused(server.pause.until, await pending_alerts(db, guild_id))


async def resume(db: Database, guild_id: int, news_alerts: NewsAlerts | None) -> AlertsResumed:
    """Deliver what waited: one digest per channel where several alerts did."""
    if not await guild_routes(db, guild_id):
        raise NotFoundError(ALERTS_OFF, title=CANT)
    was_paused, digests = await resume_server(db, guild_id)
    if news_alerts is not None:
        news_alerts.delivery.wake()
    return AlertsResumed(was_paused, digests)


async def events_on(
    db: Database, guild: discord.Guild, news_alerts: NewsAlerts | None
) -> PremiereEvents:
    """Make the premiere a scheduled event in the server, now if its date is known.

    ``news_alerts`` creates the event (None offline: it is created once the bot runs). Without
    *Manage Events* the setting is saved all the same, and the answer says what is missing.
    """
    if await set_events(db, guild.id, True) is None:
        raise NotFoundError("Set up alerts first with `/alerts set`.", title=CANT)
    if not guild.me.guild_permissions.manage_events:
        return PremiereEvents(enabled=True, missing_manage_events=True)
    if news_alerts is not None:
        await news_alerts.sync_events(only_guild=guild.id)
    return PremiereEvents(enabled=True)


async def events_off(db: Database, guild_id: int) -> PremiereEvents:
    """Stop creating and moving the premiere event; an existing event stays."""
    if await set_events(db, guild_id, False) is None:
        raise NotFoundError("Alerts are off in this server.", title=CANT)
    return PremiereEvents(enabled=False)
