"""What moderators see of their alerts: ``/alerts status``, its Resend button, ``/alerts test``.

Like :mod:`.alert_settings`, each function works on the server it is given only, returns its
answer or raises an :mod:`expected error <bot.answers.errors>`. What stops the bot posting in
a route's channel is read from Discord as it is now, so a problem disappears once fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from msgspec.structs import replace

from bot.alerts.events import known_premiere
from bot.alerts.posting import (
    can_read_history,
    channel_problem,
    describe_refusal,
    post_test,
    route_gone,
)
from bot.alerts.routing import routes_wanting
from bot.answers.alerts import NO_HISTORY, AlertRoute, AlertStatus
from bot.answers.errors import ECHO, ActionFailed, InvalidInput, NotFoundError
from bot.answers.lookups import NotFound
from bot.answers.moderation import AlertResent, SampleAlertSent
from bot.db.alert_history import alert_status, article_alert, failed_alert, resend_failed
from bot.db.connection import Database
from bot.db.subscriptions import guild_routes, route, server_alerts
from bot.knowledge import Knowledge
from bot.moderation.alert_settings import ALERTS_OFF, CANT

if TYPE_CHECKING:
    from bot.alerts.service import NewsAlerts


async def status(
    db: Database, guild: discord.Guild, knowledge: Knowledge, problems: Sequence[str] = ()
) -> AlertStatus:
    """Every route with what stops it now, the last deliveries and failures, the premiere; and
    what needs attention: ``problems`` the bot has now (a full disk...) and a channel whose
    history the bot cannot read."""
    found = await alert_status(db, guild.id)
    routes = tuple(
        replace(rs, problem=channel_problem(guild, rs.route), gone=route_gone(guild, rs.route))
        for rs in found.routes
    )
    warnings = list(problems)
    if any(not can_read_history(guild, rs.route) for rs in routes):
        warnings.append(NO_HISTORY)
    premiere = known_premiere(await knowledge.release_info())
    return replace(found, routes=routes, premiere=premiere, warnings=tuple(warnings))


async def resend(
    db: Database, guild: discord.Guild, alert_id: int, news_alerts: NewsAlerts | None
) -> AlertResent:
    """Queue the server's failed alert ``alert_id`` again, once the bot can post there."""
    failed = await failed_alert(db, guild.id, alert_id)
    where = await route(db, guild.id, failed.channel_id) if failed is not None else None
    if failed is None or where is None:
        raise NotFoundError("That alert was already resent, or is no longer waiting.", title=CANT)
    problem = channel_problem(guild, where)
    if problem is not None:
        raise InvalidInput(f"Not resent: {problem}. Fix that, then press Resend again.")
    if not await resend_failed(db, guild.id, alert_id):
        raise NotFoundError("That alert was already resent.", title=CANT)
    if news_alerts is not None:
        news_alerts.delivery.wake()
    server = await server_alerts(db, guild.id)
    paused = server is not None and server.pause is not None
    return AlertResent(where.channel_id, failed.title, paused=paused)


async def send_test(
    db: Database,
    guild: discord.Guild,
    knowledge: Knowledge,
    channel: discord.abc.GuildChannel | None,
    article: str | None,
) -> SampleAlertSent:
    """Post the real alert for ``article`` (by file name or title; default the newest) as it
    was when the article arrived, in a route's ``channel`` (default: the only one). It pings
    nobody; the answer says whether the route's filter would have posted it for real."""
    chosen = await _route_to_test(db, guild, channel)
    target = guild.get_channel(chosen.channel_id)
    if not isinstance(target, discord.TextChannel | discord.ForumChannel):
        raise NotFoundError(
            "The alerts channel no longer exists; choose another with `/alerts set`.", title=CANT
        )
    file_name = None
    if article is not None:
        found = await knowledge.article(article)
        if isinstance(found, NotFound):
            raise NotFoundError(
                f"No article is called “{ECHO}”: pick one from the list as you type.",
                echo=article,
            )
        file_name = found.source.file_name
    sample = await article_alert(db, file_name)
    item = sample[0] if sample else None
    try:
        await post_test(target, item, chosen.role_id)
    except discord.HTTPException as error:
        reason = describe_refusal(error, guild, chosen)
        raise ActionFailed(f"The test alert failed: {reason}.", title=CANT) from error
    takes = sample is None or bool(routes_wanting([chosen], *sample))
    return SampleAlertSent(target.id, item.title if item else "", route_takes_it=takes)


async def _route_to_test(
    db: Database, guild: discord.Guild, channel: discord.abc.GuildChannel | None
) -> AlertRoute:
    routes = await guild_routes(db, guild.id)
    if not routes:
        raise NotFoundError(ALERTS_OFF, title=CANT)
    if channel is None:
        if len(routes) > 1:
            raise InvalidInput("Alerts go to several channels here: say which with `channel:`.")
        return routes[0]
    chosen = next((r for r in routes if r.channel_id == channel.id), None)
    if chosen is None:
        raise NotFoundError(
            f"No alerts go to {channel.mention}: set them up there with `/alerts set`.",
            title=CANT,
        )
    return chosen
