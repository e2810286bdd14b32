"""Posting an alert where a route says: a message in a text channel, or a new post in a forum.

What the bot needs in an alerts channel (:data:`NEEDED_IN_CHANNEL`), what stops it posting
there now (:func:`channel_problem`) and why Discord refused a post (:func:`describe_refusal`)
are said here, in the words Discord's settings use, for ``/alerts set``, ``/alerts status``
and the delivery worker alike. Only the route's role is ever mentioned, and only when asked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging

import discord
import msgspec

from bot.answers.alerts import AlertRoute, NewsItem
from bot.render.alert_cards import alert_marker, test_card
from bot.render.common import Card, shorten
from bot.render.embeds import DiscordStyle, embed_for

NEEDED_IN_CHANNEL = (
    ("view_channel", "View Channel"),
    ("send_messages", "Send Messages"),
    ("embed_links", "Embed Links"),
)
"""What the bot needs in the alerts channel: (discord.py's name, the name Discord shows)."""
FORUM_NAMES = {"send_messages": "Create Posts"}
"""Where a forum's settings name a permission otherwise."""
THREAD_NAME_LIMIT = 100
log = logging.getLogger(__name__)

CLOCK_SLACK_SECONDS = 120.0
"""Look this much further back than the first attempt: this machine's clock and Discord's
may differ a little."""
POSTS_LOOKBACK = 10
GONE = "the alerts channel no longer exists (deleted?); choose another with /alerts set"


class RouteGone(Exception):
    """The route's channel is not there (or not the kind it was): posting cannot succeed."""


class NotReachable(Exception):
    """The route's server is unavailable for now (a Discord outage): try again later."""


class Posted(msgspec.Struct, frozen=True):
    message_id: int
    thread_id: int | None = None
    """The post the message opened, in a forum channel."""


def missing_permissions(permissions: discord.Permissions, *, forum: bool = False) -> list[str]:
    """The permissions of :data:`NEEDED_IN_CHANNEL` that ``permissions`` lacks, as Discord's
    settings name them for that kind of channel (e.g. ``["Send Messages"]``).

    Without Send Messages, Discord takes Embed Links away too: only Send Messages is named.
    """
    missing = [name for name, _ in NEEDED_IN_CHANNEL if not getattr(permissions, name)]
    if "send_messages" in missing and "embed_links" in missing:
        missing.remove("embed_links")
    labels = dict(NEEDED_IN_CHANNEL) | (FORUM_NAMES if forum else {})
    return [labels[name] for name in missing]


def need_sentence(missing: list[str]) -> str:
    """``I need the Send Messages and Embed Links permissions``."""
    names = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} and {missing[-1]}"
    return f"I need the {names} permission{'s' if len(missing) > 1 else ''}"


def route_gone(guild: discord.Guild, route: AlertRoute) -> bool:
    """Whether the route's channel no longer exists (or is no longer the kind it was)."""
    wanted = discord.ForumChannel if route.forum else discord.TextChannel
    return not isinstance(guild.get_channel(route.channel_id), wanted)


def can_read_history(guild: discord.Guild, route: AlertRoute) -> bool:
    """Whether the bot may read the route's text channel's history, to look for an alert an
    interrupted attempt may have posted (a forum's posts are found without it)."""
    channel = guild.get_channel(route.channel_id)
    if route.forum or not isinstance(channel, discord.TextChannel):
        return True
    return channel.permissions_for(guild.me).read_message_history


def channel_problem(guild: discord.Guild, route: AlertRoute) -> str | None:
    """What stops the bot posting the route's alerts now (None: nothing it can see)."""
    channel = guild.get_channel(route.channel_id)
    wanted = discord.ForumChannel if route.forum else discord.TextChannel
    if not isinstance(channel, wanted):
        return GONE
    missing = missing_permissions(channel.permissions_for(guild.me), forum=route.forum)
    return f"{need_sentence(missing)} in <#{channel.id}>" if missing else None


def describe_refusal(
    error: discord.HTTPException,
    guild: discord.Guild | None = None,
    route: AlertRoute | None = None,
) -> str:
    """Why Discord refused to post, in a moderator's words; with the route's ``guild`` at
    hand, a missing permission is named."""
    if isinstance(error, discord.NotFound) and error.code == 10003:
        return GONE
    if isinstance(error, discord.Forbidden) and error.code in (50001, 50013):
        problem = channel_problem(guild, route) if guild and route else None
        if problem is not None:
            return problem
        if error.code == 50001:
            return "the bot cannot see the alerts channel (Missing Access)"
        return "the bot lacks permission to post or embed in the alerts channel"
    return f"Discord refused it ({error.status}: {error.text or 'no reason given'})"


def forum_of(client: discord.Client, route: AlertRoute) -> discord.ForumChannel:
    """The route's forum channel; raises :class:`NotReachable` or :class:`RouteGone`."""
    guild = client.get_guild(route.guild_id)
    if guild is None or guild.unavailable:
        raise NotReachable(f"server {route.guild_id} is unavailable")
    forum = guild.get_channel(route.channel_id)
    if not isinstance(forum, discord.ForumChannel):
        raise RouteGone(GONE)
    return forum


def role_ping(role_id: int | None) -> tuple[str | None, discord.AllowedMentions]:
    """The message content and allowed mentions of an alert: the role alone, or nobody."""
    if role_id is None:
        return None, discord.AllowedMentions.none()
    mentions = discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False
    )
    return f"<@&{role_id}>", mentions


async def post(
    client: discord.Client,
    route: AlertRoute,
    card: Card,
    *,
    nonce: str,
    content: str | None,
    mentions: discord.AllowedMentions,
) -> Posted:
    """Post ``card`` where the route says; raises :class:`discord.HTTPException` (and
    :class:`RouteGone`, :class:`NotReachable` for a forum) when it cannot be posted."""
    embed = embed_for(card)
    if route.forum:
        created = await forum_of(client, route).create_thread(
            name=shorten(card.title, THREAD_NAME_LIMIT),
            content=content,
            embed=embed,
            allowed_mentions=mentions,
        )
        return Posted(created.message.id, created.thread.id)
    channel = client.get_partial_messageable(route.channel_id, guild_id=route.guild_id)
    message = await channel.send(
        content=content, embed=embed, nonce=nonce, allowed_mentions=mentions
    )
    return Posted(message.id)


async def find_posted(
    client: discord.Client, route: AlertRoute, alert_id: int, *, since: float
) -> Posted | None:
    """The alert's message if an interrupted attempt did post it, looked up by the number in
    its footer: among every message of the channel since ``since`` (its first attempt, unix
    seconds), oldest first, so no amount of traffic hides it; or among the bot's recent posts
    in a forum."""
    me = client.user
    if me is None:
        return None
    try:
        if route.forum:
            return await _find_post(forum_of(client, route), me.id, alert_id)
        channel = client.get_partial_messageable(route.channel_id, guild_id=route.guild_id)
        after = dt.datetime.fromtimestamp(since - CLOCK_SLACK_SECONDS, dt.UTC)
        async for message in channel.history(limit=None, after=after):
            if message.author.id == me.id and _marked(message, alert_id):
                return Posted(message.id)
    except (discord.Forbidden, discord.NotFound):
        # Cannot look (no Read Message History, which /alerts status points out): the nonce
        # still stops a duplicate within Discord's nonce window.
        log.warning("alert %d: cannot check the channel for an earlier post", alert_id)
    return None


async def _find_post(forum: discord.ForumChannel, me_id: int, alert_id: int) -> Posted | None:
    mine = sorted((t for t in forum.threads if t.owner_id == me_id), key=lambda t: -t.id)
    for thread in mine[:POSTS_LOOKBACK]:
        with contextlib.suppress(discord.NotFound):
            starter = await thread.fetch_message(thread.id)
            if _marked(starter, alert_id):
                return Posted(starter.id, thread.id)
    return None


def _marked(message: discord.Message, alert_id: int) -> bool:
    marker = alert_marker(alert_id) + " "
    return any((embed.footer.text or "").startswith(marker) for embed in message.embeds)


async def edit_posted(client: discord.Client, channel_id: int, message_id: int, card: Card) -> None:
    """Replace the embed of a message the bot posted (its content, the ping, stays)."""
    message = client.get_partial_messageable(channel_id).get_partial_message(message_id)
    await message.edit(embed=embed_for(card), allowed_mentions=discord.AllowedMentions.none())


async def post_test(
    channel: discord.TextChannel | discord.ForumChannel, item: NewsItem | None, role_id: int | None
) -> None:
    """What ``/alerts test`` posts: the alert for ``item`` (None: the bot has no article yet),
    marked as a test, with a line naming whom a real alert would ping. It pings nobody.

    Raises :class:`discord.HTTPException` when Discord refuses it (see :func:`describe_refusal`).
    """
    card = test_card(item, DiscordStyle())
    who = f"<@&{role_id}>" if role_id else "nobody"
    content = f"Test alert: {who} would be pinged."
    none = discord.AllowedMentions.none()
    if isinstance(channel, discord.ForumChannel):
        await channel.create_thread(
            name=shorten(card.title, THREAD_NAME_LIMIT),
            content=content,
            embed=embed_for(card),
            allowed_mentions=none,
        )
        return
    await channel.send(content=content, embed=embed_for(card), allowed_mentions=none)
