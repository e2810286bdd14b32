"""News alerts as cards: one article and what it adds, a catch-up digest, a configuration test.

Every alert card's footer carries the alert's number (``News alert #12``): the delivery worker
looks for it in the channel to tell whether an interrupted send was in fact posted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence

from bot.answers.alerts import (
    HOPED,
    AlertStatus,
    Change,
    ChangeKind,
    Delivered,
    EventState,
    NewsItem,
)
from bot.answers.lookups import Production
from bot.render import release_words
from bot.render.common import Card, Field, Style, Tone, in_words, shorten

MAX_DIGEST_ITEMS = 20
LEDE_CHARS = 1000
SAMPLE_QUOTE_CHARS = 300
ALERT_MARKER = "News alert #"


def alert_marker(alert_id: int) -> str:
    return f"{ALERT_MARKER}{alert_id}"


def alert_card(
    item: NewsItem, style: Style, *, alert_id: int | None = None, today: dt.date | None = None
) -> Card:
    """One article's alert: headline, date, lede and a "What's new" list (``today``: see
    :func:`change_line`)."""
    when = style.date(item.date) if item.date else "Date not given"
    lede = shorten(item.lede, LEDE_CHARS)
    description = f"{when}\n\n{style.plain(lede)}" if lede else when
    fields: tuple[Field, ...] = ()
    if item.changes:
        fields = (
            Field(
                "What's new",
                "\n".join(f"• {change_line(c, style, today)}" for c in item.changes),
            ),
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
    items: Sequence[NewsItem],
    style: Style,
    *,
    alert_id: int | None = None,
    today: dt.date | None = None,
) -> Card:
    """The catch-up digest: the articles that arrived while the bot was away, newest first."""
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
    highlights = [
        f"• {change_line(change, style, today)}" for item in ordered for change in item.changes
    ][:10]
    fields = (Field("Highlights", "\n".join(highlights)),) if highlights else ()
    footer = alert_marker(alert_id) if alert_id is not None else "News alert"
    return Card(
        f"Catch-up: {len(items)} new articles",
        "While the bot was away, these articles arrived:\n" + "\n".join(lines),
        fields,
        footer=f"{footer} · from the bot's news archive",
        as_of=next((i.date for i in ordered if i.date), None),
    )


def test_card(sample: NewsItem | None, style: Style, today: dt.date | None = None) -> Card:
    """What ``/alerts test`` posts: the newest article, marked as a test."""
    if sample is None:
        return Card(
            "Test alert",
            "News alerts will look like this. The bot has no articles yet.",
            tone=Tone.NOTICE,
            footer="Test alert: nobody was pinged",
        )
    card = alert_card(sample, style, today=today)
    return Card(
        f"Test alert: {card.title}",
        card.description,
        card.fields,
        footer="Test alert: nobody was pinged",
        tone=Tone.NOTICE,
        as_of=card.as_of,
    )


def change_line(change: Change, style: Style, today: dt.date | None = None) -> str:
    """One line of "What's new", in the words ``/release-date`` uses for the release.

    ``today``: a premiere before it is told in the past tense (None: never).
    """
    match change.kind:
        case ChangeKind.PREMIERE_ANNOUNCED | ChangeKind.PREMIERE_MOVED:
            return _premiere_line(change, style, today)
        case ChangeKind.PREMIERE_WITHDRAWN:
            return f"Premiere date withdrawn: no longer {_date(change.previous, style)}"
        case ChangeKind.TITLE:
            title = style.strong(style.plain(change.value))
            if change.previous:
                return f"Title changed to {title} (was {style.plain(change.previous)})"
            return f"Title announced: {title}"
        case ChangeKind.NEW_CAST:
            return f"New cast: {style.strong(change.value)} as {style.strong(change.subject)}"
        case ChangeKind.RECAST:
            return (
                f"Recast: {style.strong(change.subject)} is now played by "
                f"{style.strong(change.value)} (previously {style.plain(change.previous)})"
            )
        case ChangeKind.LEFT_CAST:
            return (
                f"Left the cast: {style.strong(change.previous)} no longer plays "
                f"{style.strong(change.subject)}"
            )
        case ChangeKind.NEW_CREW:
            return f"New crew: {style.strong(change.subject)}, {in_words(change.value)}"
        case ChangeKind.FILMING:
            return _filming_line(change, style)
        case ChangeKind.RELEASE_WINDOW:
            return release_words.window(change.value, change.subject == HOPED)
        case ChangeKind.NEW_QUOTES:
            count = f"{change.count} new quote{'s' if change.count != 1 else ''}"
            sample = shorten(change.value, SAMPLE_QUOTE_CHARS)
            by = f" — {style.plain(change.subject)}" if change.subject else ""
            return f"{count}, e.g. “{style.plain(sample)}”{by}"


def _premiere_line(change: Change, style: Style, today: dt.date | None) -> str:
    try:
        date = dt.date.fromisoformat(change.value)
    except ValueError:
        return f"Premiere: {style.plain(change.value)}"
    if release_words.is_past(date, today):
        moved = f" (moved from {_date(change.previous, style)})" if change.previous else ""
        return f"{release_words.premiere(date, today, style)}{moved}"
    if change.kind is ChangeKind.PREMIERE_MOVED:
        return (
            f"Premiere moved from {_date(change.previous, style)} "
            f"to {style.strong(style.date(date))}"
        )
    return f"Premiere date announced: {style.strong(style.date(date))}"


def _filming_line(change: Change, style: Style) -> str:
    try:
        stage = Production(change.subject)
    except ValueError:
        return "Filming news"
    date, period = None, change.value or None
    with contextlib.suppress(ValueError):
        date, period = dt.date.fromisoformat(change.value), None
    return release_words.production(stage, date, period, style)


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
