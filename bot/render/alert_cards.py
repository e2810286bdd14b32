"""News alerts as cards: one article and what it adds, a catch-up digest, a configuration test.

Every alert card's footer carries the alert's number (``News alert #12``): the delivery worker
looks for it in the channel to tell whether an interrupted send was in fact posted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answers.alerts import (
    AlertStatus,
    Change,
    ChangeKind,
    Delivered,
    EventState,
    NewsItem,
)
from bot.render.common import Card, Field, Style, Tone, in_words, shorten

MAX_DIGEST_ITEMS = 20
LEDE_CHARS = 1000
SAMPLE_QUOTE_CHARS = 300
ALERT_MARKER = "News alert #"


def alert_marker(alert_id: int) -> str:
    return f"{ALERT_MARKER}{alert_id}"


def alert_card(item: NewsItem, style: Style, *, alert_id: int | None = None) -> Card:
    """One article's alert: headline, date, lede and a "What's new" list."""
    when = style.date(item.date) if item.date else "Date not given"
    lede = shorten(item.lede, LEDE_CHARS)
    description = f"{when}\n\n{style.plain(lede)}" if lede else when
    fields: tuple[Field, ...] = ()
    if item.changes:
        fields = (
            Field("What's new", "\n".join(f"• {change_line(c, style)}" for c in item.changes)),
        )
    footer = alert_marker(alert_id) if alert_id is not None else "News alert"
    return Card(
        shorten(style.plain(item.title), 250),
        description,
        fields,
        footer=f"{footer} · from the bot's news archive",
        tone=Tone.ANSWER,
        as_of=item.date,
    )


def digest_card(
    items: Sequence[NewsItem], style: Style, *, alert_id: int | None = None, catch_up: bool = True
) -> Card:
    """A digest, newest first: the articles that arrived while the bot was away (``catch_up``),
    or a burst of articles that arrived together."""
    ordered = sorted(items, key=lambda i: (i.date or dt.date.min, i.file_name), reverse=True)
    lines = []
    for item in ordered[:MAX_DIGEST_ITEMS]:
        when = style.date(item.date) if item.date else "undated"
        new = f" — {len(item.changes)} new fact{'s' if len(item.changes) != 1 else ''}"
        lines.append(
            f"• {style.strong(shorten(item.title, 120))} ({when}){new if item.changes else ''}"
        )
    if len(ordered) > MAX_DIGEST_ITEMS:
        lines.append(f"and {len(ordered) - MAX_DIGEST_ITEMS} more")
    highlights = [f"• {change_line(change, style)}" for item in ordered for change in item.changes][
        :10
    ]
    fields = (Field("What's new", "\n".join(highlights)),) if highlights else ()
    footer = alert_marker(alert_id) if alert_id is not None else "News alert"
    heading, intro = (
        ("Catch-up", "While the bot was away, these articles arrived:")
        if catch_up
        else ("News", "These articles just arrived:")
    )
    return Card(
        f"{heading}: {len(items)} new articles",
        intro + "\n" + "\n".join(lines),
        fields,
        footer=f"{footer} · from the bot's news archive",
        as_of=next((i.date for i in ordered if i.date), None),
    )


def test_card(sample: NewsItem | None, style: Style) -> Card:
    """What ``/alerts test`` posts: the newest article, marked as a test."""
    if sample is None:
        return Card(
            "Test alert",
            "News alerts will look like this. The bot has no articles yet.",
            tone=Tone.NOTICE,
            footer="Test alert: nobody was pinged",
        )
    card = alert_card(sample, style)
    return Card(
        f"Test alert: {card.title}",
        card.description,
        card.fields,
        footer="Test alert: nobody was pinged",
        tone=Tone.NOTICE,
        as_of=card.as_of,
    )


def change_line(change: Change, style: Style) -> str:
    """One line of "What's new"."""
    match change.kind:
        case ChangeKind.PREMIERE_ANNOUNCED:
            return f"Premiere date announced: {style.strong(_date(change.value, style))}"
        case ChangeKind.PREMIERE_MOVED:
            return (
                f"Premiere moved from {_date(change.previous, style)} "
                f"to {style.strong(_date(change.value, style))}"
            )
        case ChangeKind.NEW_CAST:
            return f"New cast: {style.strong(change.value)} as {style.strong(change.subject)}"
        case ChangeKind.RECAST:
            return (
                f"Recast: {style.strong(change.subject)} is now played by "
                f"{style.strong(change.value)} (previously {style.plain(change.previous)})"
            )
        case ChangeKind.NEW_CREW:
            return f"New crew: {style.strong(change.subject)}, {in_words(change.value)}"
        case ChangeKind.NEW_QUOTES:
            count = f"{change.count} new quote{'s' if change.count != 1 else ''}"
            sample = shorten(change.value, SAMPLE_QUOTE_CHARS)
            return f"{count}, e.g. “{style.plain(sample)}” — {style.plain(change.subject)}"


def _date(value: str, style: Style) -> str:
    try:
        return style.date(dt.date.fromisoformat(value))
    except ValueError:
        return style.plain(value)


def status_card(status: AlertStatus, style: Style) -> Card:
    """``/alerts status``: one server's configuration, recent alerts and failures."""
    sub = status.subscription
    if sub is None:
        return Card(
            "News alerts are off",
            "Turn them on with `/alerts set channel:#channel [role:@role]`.",
            tone=Tone.NOTICE,
        )
    guild_id = sub.guild_id
    ping = f"<@&{sub.role_id}>" if sub.role_id else "nobody"
    lines = [f"Channel: <#{sub.channel_id}>", f"Pings: {ping}"]
    lines.append(f"Premiere events: {'on' if sub.events_enabled else 'off'}")
    if status.pending:
        lines.append(f"Waiting to be delivered: {status.pending}")
    fields = []
    if status.warnings:
        fields.append(Field("Needs attention", "\n".join(f"• {w}" for w in status.warnings)))
    if sub.events_enabled:
        fields.append(Field("Premiere event", _event_line(status.event, style, guild_id)))
    delivered = [
        f"• {style.plain(shorten(d.title, 80))}{_when(d.finished_at)}{_link(guild_id, d)}"
        for d in status.delivered
    ]
    fields.append(Field("Last alerts delivered", "\n".join(delivered) or "None yet."))
    if status.failed:
        failed = [
            f"• {style.plain(shorten(d.title, 80))}{_when(d.finished_at)}: {d.error or 'unknown'}"
            for d in status.failed
        ]
        fields.append(Field("Failures", "\n".join(failed)))
    return Card("News alerts", "\n".join(lines), tuple(fields))


def _event_line(event: EventState | None, style: Style, guild_id: int) -> str:
    if event is None:
        return "No premiere date announced yet."
    if event.last_error:
        return f"Not created: {event.last_error}."
    if event.event_id is not None and event.premiere_date is not None:
        link = f"https://discord.com/events/{guild_id}/{event.event_id}"
        return f"Scheduled for {style.date(event.premiere_date)}: {link}"
    if event.premiere_date is not None:
        return f"The premiere ({style.date(event.premiere_date)}) is past: no event."
    return "No premiere date announced yet."


def _when(moment: dt.datetime | None) -> str:
    return f" (<t:{int(moment.timestamp())}:R>)" if moment else ""


def _link(guild_id: int, delivered: Delivered) -> str:
    if delivered.channel_id is None or delivered.message_id is None:
        return ""
    return (
        f" [message](https://discord.com/channels/{guild_id}/"
        f"{delivered.channel_id}/{delivered.message_id})"
    )
