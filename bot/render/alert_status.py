"""``/alerts status`` as a card: a server's routes, what waits, what failed, the premiere event.

Channels and roles are shown as Discord mentions (``<#id>``, ``<@&id>``): they render as names
and ping no one, since every reply is sent with no mentions allowed.
"""

from __future__ import annotations

import datetime as dt

from bot.answers.alerts import (
    AlertKind,
    AlertRoute,
    AlertStatus,
    Delivered,
    EventState,
    RouteStatus,
)
from bot.render.common import Card, Field, Style, Tone, shorten

TITLE_CHARS = 80
RECENT_SHOWN = 3
"""The last alerts shown for each route, when a server has at most :data:`FEW_ROUTES`."""
FEW_ROUTES = 3
KEYWORDS_SHOWN = 5


def status_card(status: AlertStatus, style: Style) -> Card:
    """Every route (filter, role, last deliveries, what stops it now), the alerts that failed
    (each can be resent), and the premiere event."""
    server = status.server
    if server is None:
        return Card(
            "News alerts are off",
            "Turn them on with `/alerts set channel:#channel`.",
            tone=Tone.NOTICE,
        )
    count = len(status.routes)
    lines = [f"Alerts go to {count} channel{'s' if count != 1 else ''}."]
    if server.pause is not None:
        lines.append(pause_line(server.pause.until))
    if status.pending:
        lines.append(f"Waiting to be delivered: {status.pending}")
    fields = []
    if status.warnings:
        fields.append(Field("Needs attention", "\n".join(f"• {w}" for w in status.warnings)))
    if status.failed:
        failed = [
            f"• {style.plain(shorten(d.title, TITLE_CHARS))} → <#{d.channel_id}>"
            f"{_when(d.finished_at)}: {d.error or 'unknown'}"
            for d in status.failed
        ]
        failed.append("Fix what is named, then press Resend below.")
        fields.append(Field("Not delivered", "\n".join(failed)))
    event = _event_text(status, style) if server.events_enabled else _events_off(status, style)
    fields.append(Field("Premiere event", event))
    # Many routes: the last alert of each only, so that every route fits in one embed.
    shown = RECENT_SHOWN if count <= FEW_ROUTES else 1
    fields += [
        Field(f"{index}. {'Forum' if rs.route.forum else 'Channel'}", _route_text(rs, style, shown))
        for index, rs in enumerate(status.routes, start=1)
    ]
    return Card("News alerts", "\n".join(lines), tuple(fields))


def route_filter(route: AlertRoute, style: Style, keywords: int | None = None) -> str:
    """ "every article" or "only dates, cast", then "mentioning “x” or “y”" when narrowed
    (the first ``keywords`` of them, when given)."""
    if AlertKind.ARTICLES in route.kinds:
        what = "every article"
    else:
        what = "only " + ", ".join(kind.value for kind in AlertKind if kind in route.kinds)
    if route.keywords:
        listed = route.keywords[:keywords]
        words = " or ".join(f"“{style.plain(word)}”" for word in listed)
        more = len(route.keywords) - len(listed)
        what += f", mentioning {words}" + (f" (or {more} more)" if more else "")
    return what


def ping_text(role_id: int | None) -> str:
    return f"pings <@&{role_id}>" if role_id else "pings nobody"


def pause_line(until: dt.datetime | None) -> str:
    """How long alerts are held (``until`` None: until ``/alerts resume``), and what then."""
    if until is None:
        return "Paused until `/alerts resume`: alerts wait, then come as one digest per channel."
    stamp = int(until.timestamp())
    return (
        f"Paused until <t:{stamp}:f> (<t:{stamp}:R>): alerts wait, then come as one digest "
        "per channel. `/alerts resume` ends it now."
    )


def _route_text(status: RouteStatus, style: Style, shown: int) -> str:
    route = status.route
    what = route_filter(route, style, KEYWORDS_SHOWN)
    lines = [f"<#{route.channel_id}>: {what}; {ping_text(route.role_id)}"]
    if status.problem:
        lines.append(f"⚠ {status.problem}")
    if status.gone:
        lines.append("Turn this route off with the button below.")
    lines += [
        f"• {style.plain(shorten(d.title, TITLE_CHARS))}{_when(d.finished_at)}"
        f"{_link(route.guild_id, d)}"
        for d in status.delivered[:shown]
    ]
    if not status.delivered:
        lines.append("Nothing delivered here yet.")
    return "\n".join(lines)


def _premiere(status: AlertStatus, style: Style) -> str:
    if status.premiere is None:
        return "No premiere date is announced yet."
    return f"The premiere is on {style.date(status.premiere)}."


def _events_off(status: AlertStatus, style: Style) -> str:
    return f"{_premiere(status, style)} Events are off (`/alerts events on`)."


def _event_text(status: AlertStatus, style: Style) -> str:
    known = _premiere(status, style)
    event: EventState | None = status.event
    if status.premiere is None:
        return known
    if event is None or event.premiere_date != status.premiere:
        return f"{known} The event is being created."
    if event.last_error:
        return f"{known} No event: {event.last_error}."
    if event.event_id is not None:
        return f"{known} Event: https://discord.com/events/{event.guild_id}/{event.event_id}"
    return f"{known} It is past: no event."


def _when(moment: dt.datetime | None) -> str:
    return f" (<t:{int(moment.timestamp())}:R>)" if moment else ""


def _link(guild_id: int, delivered: Delivered) -> str:
    if delivered.message_id is None:
        return ""
    return (
        f" [message](https://discord.com/channels/{guild_id}/"
        f"{delivered.message_channel_id}/{delivered.message_id})"
    )
