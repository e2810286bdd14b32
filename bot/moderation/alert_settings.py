"""What ``/alerts`` does: a server's news alert settings, checked against Discord before saved.

Each function takes the server (a :class:`discord.Guild`, so the bot's own permissions can be
read) and the database, does one moderator action and returns its answer
(:mod:`bot.answers.moderation`), or raises an :mod:`expected error <bot.answers.errors>` whose
message tells the moderator what to change. Whether the moderator may act at all (Manage
Server) is the command's check, made before any of these run. Every function works on the
server it is given only: channels are looked up in that server, never by id elsewhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from bot.alerts.delivery import describe_refusal, send_test_alert
from bot.answers.alerts import AlertStatus
from bot.answers.errors import ActionFailed, InvalidInput, NotFoundError
from bot.answers.moderation import AlertsOff, AlertsOn, PremiereEvents, SampleAlertSent
from bot.db.connection import Database
from bot.db.outbox import alert_status, latest_article
from bot.db.subscriptions import remove_subscription, set_events, set_subscription, subscription

if TYPE_CHECKING:
    from bot.alerts.service import NewsAlerts

NEEDED_IN_CHANNEL = (
    ("view_channel", "View Channel"),
    ("send_messages", "Send Messages"),
    ("embed_links", "Embed Links"),
)
"""What the bot needs in the alerts channel: (discord.py's name, the name Discord shows)."""
CANT = "Can't do that"
"""The heading of every refusal here."""
NO_HISTORY = (
    "I can't read the alerts channel's history (Read Message History): after an interruption "
    "I can't check whether an alert was already posted, so one might be posted twice. "
    "Grant it in the channel's settings."
)


def missing_permissions(permissions: discord.Permissions) -> list[str]:
    """The permissions of :data:`NEEDED_IN_CHANNEL` that ``permissions`` lacks, as Discord names
    them (e.g. ``["Send Messages"]``)."""
    return [label for name, label in NEEDED_IN_CHANNEL if not getattr(permissions, name)]


async def turn_on(
    db: Database,
    guild: discord.Guild,
    channel: discord.abc.GuildChannel,
    role: discord.Role | None,
    user_id: int,
) -> AlertsOn:
    """Post alerts in ``channel``, pinging ``role``: only where the bot can post and embed.

    A role nobody would be notified by (not mentionable, and the bot may not mention all
    roles) is accepted with a warning in the answer; @everyone is refused.
    """
    target = guild.get_channel(channel.id)
    if not isinstance(target, discord.TextChannel):
        raise NotFoundError("I can't find that channel; is it a text channel?", title=CANT)
    permissions = target.permissions_for(guild.me)
    missing = missing_permissions(permissions)
    if missing:
        raise InvalidInput(
            f"I can't post alerts in {target.mention}: I need the "
            f"{', '.join(missing)} permission{'s' if len(missing) > 1 else ''} there. "
            "Grant them in the channel's settings, then run `/alerts set` again."
        )
    if role is not None and role.is_default():
        raise InvalidInput("Pick a role to ping, not @everyone.")
    silent = role is not None and not role.mentionable and not permissions.mention_everyone
    role_id = role.id if role else None
    await set_subscription(db, guild.id, target.id, role_id, user_id)
    no_history = not permissions.read_message_history
    return AlertsOn(target.id, role_id, silent_ping=silent, no_history=no_history)


async def status(db: Database, guild: discord.Guild, problems: Sequence[str]) -> AlertStatus:
    """``/alerts status``: the server's settings and deliveries, with what needs attention:
    ``problems`` the bot has now (a full disk...) and what the bot lacks in the channel."""
    answer = await alert_status(db, guild.id)
    warnings = list(problems)
    if answer.subscription is not None:
        channel = guild.get_channel(answer.subscription.channel_id)
        readable = not isinstance(channel, discord.TextChannel) or (
            channel.permissions_for(guild.me).read_message_history
        )
        if not readable:
            warnings.append(NO_HISTORY)
    return dataclasses.replace(answer, warnings=tuple(warnings))


async def turn_off(db: Database, guild_id: int) -> AlertsOff:
    """Stop alerts in the server; already off is not an error."""
    return AlertsOff(was_on=await remove_subscription(db, guild_id))


async def send_sample(db: Database, guild: discord.Guild) -> SampleAlertSent:
    """Post a sample alert (the newest article, pinging nobody) in the alerts channel."""
    sub = await subscription(db, guild.id)
    if sub is None:
        raise NotFoundError("Alerts are off: set them up with `/alerts set`.", title=CANT)
    channel = guild.get_channel(sub.channel_id)
    if not isinstance(channel, discord.TextChannel):
        raise NotFoundError(
            "The alerts channel no longer exists; choose another with `/alerts set`.", title=CANT
        )
    try:
        await send_test_alert(channel, await latest_article(db), sub.role_id)
    except discord.HTTPException as error:
        raise ActionFailed(
            f"The test alert failed: {describe_refusal(error)}.", title=CANT
        ) from error
    return SampleAlertSent(channel.id)


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
