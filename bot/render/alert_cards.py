"""News alerts as cards: one article and what it adds, a digest, a test, a retraction.

Every alert card's footer carries the alert's number (``News alert #12``): the delivery worker
looks for it to tell whether an interrupted send was in fact posted. An alert's title links to
its article when the article has a web address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from bot.answers.alerts import Change, ChangeKind, NewsItem
from bot.render.common import Card, Field, Style, Tone, counted, in_words, shorten

LEDE_CHARS = 1000
SAMPLE_QUOTE_CHARS = 300
DIGEST_CHARS = 3800
"""What a digest lists, at most (an embed's text holds 4,096 characters)."""
DIGEST_TITLE_CHARS = 120
ALERT_MARKER = "News alert #"
FROM_ARCHIVE = "from the bot's news archive"


def alert_marker(alert_id: int) -> str:
    return f"{ALERT_MARKER}{alert_id}"


def _footer(alert_id: int | None, note: str = FROM_ARCHIVE) -> str:
    return f"{alert_marker(alert_id) if alert_id is not None else 'News alert'} · {note}"


def alert_card(item: NewsItem, style: Style, *, alert_id: int | None = None) -> Card:
    """One article's alert: headline (linked to the article), date, lede once, "What's new"."""
    when = style.date(item.date) if item.date else "Date not given"
    # An article without a headline is titled by its lede: then the lede is not said twice.
    lede = "" if item.lede == item.title else shorten(item.lede, LEDE_CHARS)
    description = f"{when}\n\n{style.plain(lede)}" if lede else when
    fields: tuple[Field, ...] = ()
    if item.changes:
        fields = (
            Field("What's new", "\n".join(f"• {change_line(c, style)}" for c in item.changes)),
        )
    return Card(
        shorten(style.plain(item.title), 250),
        description,
        fields,
        footer=_footer(alert_id),
        tone=Tone.ANSWER,
        as_of=item.date,
        url=item.url,
    )


def digest_card(
    items: Sequence[NewsItem],
    style: Style,
    *,
    alert_id: int | None = None,
    retracted: Collection[str] = (),
    catch_up: bool = True,
) -> Card:
    """Several articles in one post, newest first, each with its "What's new" in short form:
    the articles that arrived while the bot was away (``catch_up``), or a burst of articles that
    arrived together; those whose file name is in ``retracted`` are shown as retracted."""
    ordered = sorted(items, key=lambda i: (i.date or dt.date.min, i.file_name), reverse=True)
    lines: list[str] = []
    size = 0
    for shown, item in enumerate(ordered):
        entry = _digest_entry(item, style, item.file_name in retracted)
        if size + len(entry) > DIGEST_CHARS:
            lines.append(f"and {len(ordered) - shown} more")
            break
        lines.append(entry)
        size += len(entry) + 1
    return Card(
        f"{'Catch-up' if catch_up else 'News'}: {counted(len(items), 'new article')}",
        "\n".join(lines),
        footer=_footer(alert_id),
        as_of=next((i.date for i in ordered if i.date), None),
    )


def _digest_entry(item: NewsItem, style: Style, retracted: bool) -> str:
    when = style.date(item.date) if item.date else "undated"
    headline = style.plain(shorten(item.title, DIGEST_TITLE_CHARS))
    if retracted:
        return f"• ~~{headline}~~ (retracted)"
    title = style.strong(shorten(item.title, DIGEST_TITLE_CHARS))
    if item.url:
        title = style.link(title, item.url)
    entry = f"• {title} ({when})"
    if item.changes:
        entry += "\n  " + " · ".join(short_change(change, style) for change in item.changes)
    return entry


def test_card(sample: NewsItem | None, style: Style) -> Card:
    """What ``/alerts test`` posts: the article's real alert, marked as a test."""
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
        url=card.url,
    )


def retracted_card(item: NewsItem, style: Style, *, alert_id: int | None = None) -> Card:
    """What an alert becomes when the moderators retract its article."""
    return Card(
        f"Retracted: {shorten(style.plain(item.title), 230)}",
        "The moderators retracted this article: the bot no longer uses what it said.",
        footer=_footer(alert_id, "retracted"),
        tone=Tone.NOTICE,
        as_of=item.date,
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
            count = counted(change.count, "new quote")
            sample = shorten(change.value, SAMPLE_QUOTE_CHARS)
            return f"{count}, e.g. “{style.plain(sample)}” — {style.plain(change.subject)}"


def short_change(change: Change, style: Style) -> str:
    """One line of "What's new" in a few words, for digests."""
    match change.kind:
        case ChangeKind.PREMIERE_ANNOUNCED:
            return f"Premiere on {_date(change.value, style)}"
        case ChangeKind.PREMIERE_MOVED:
            return f"Premiere moved to {_date(change.value, style)}"
        case ChangeKind.NEW_CAST:
            return f"{style.plain(change.value)} as {style.plain(change.subject)}"
        case ChangeKind.RECAST:
            return f"{style.plain(change.subject)} recast: {style.plain(change.value)}"
        case ChangeKind.NEW_CREW:
            return f"{style.plain(change.subject)}, {in_words(change.value)}"
        case ChangeKind.NEW_QUOTES:
            return f"{change.count} new quote{'s' if change.count != 1 else ''}"


def _date(value: str, style: Style) -> str:
    try:
        return style.date(dt.date.fromisoformat(value))
    except ValueError:
        return style.plain(value)
