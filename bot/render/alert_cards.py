"""News alerts as cards: one article and what it adds, a digest, a test, a retraction.

Every alert card's footer carries the alert's number (``News alert #12``): the delivery worker
looks for it to tell whether an interrupted send was in fact posted. An alert's title links to
its article when the article has a web address.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection, Sequence

from bot.answers.alerts import HOPED, Change, ChangeKind, NewsItem
from bot.answers.lookups import Production
from bot.render import release_words
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


def alert_card(
    item: NewsItem, style: Style, *, alert_id: int | None = None, today: dt.date | None = None
) -> Card:
    """One article's alert: headline (linked to the article), date, lede once, "What's new"
    (``today``: see :func:`change_line`)."""
    when = style.date(item.date) if item.date else "Date not given"
    # An article without a headline is titled by its lede: then the lede is not said twice.
    lede = "" if item.lede == item.title else shorten(item.lede, LEDE_CHARS)
    description = f"{when}\n\n{style.plain(lede)}" if lede else when
    fields: tuple[Field, ...] = ()
    if item.changes:
        fields = (
            Field(
                "What's new",
                "\n".join(f"• {change_line(c, style, today)}" for c in item.changes),
            ),
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
    today: dt.date | None = None,
) -> Card:
    """Several articles in one post, newest first, each with its "What's new" in short form:
    the articles that arrived while the bot was away (``catch_up``), or a burst of articles that
    arrived together; those whose file name is in ``retracted`` are shown as retracted."""
    ordered = sorted(items, key=lambda i: (i.date or dt.date.min, i.file_name), reverse=True)
    lines: list[str] = []
    size = 0
    for shown, item in enumerate(ordered):
        entry = _digest_entry(item, style, item.file_name in retracted, today)
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


def _digest_entry(item: NewsItem, style: Style, retracted: bool, today: dt.date | None) -> str:
    when = style.date(item.date) if item.date else "undated"
    headline = style.plain(shorten(item.title, DIGEST_TITLE_CHARS))
    if retracted:
        return f"• ~~{headline}~~ (retracted)"
    title = style.strong(shorten(item.title, DIGEST_TITLE_CHARS))
    if item.url:
        title = style.link(title, item.url)
    entry = f"• {title} ({when})"
    if item.changes:
        entry += "\n  " + " · ".join(short_change(change, style, today) for change in item.changes)
    return entry


def test_card(sample: NewsItem | None, style: Style, today: dt.date | None = None) -> Card:
    """What ``/alerts test`` posts: the article's real alert, marked as a test."""
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
            count = counted(change.count, "new quote")
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


def short_change(change: Change, style: Style, today: dt.date | None = None) -> str:
    """One line of "What's new" in a few words, for digests."""
    match change.kind:
        case ChangeKind.PREMIERE_ANNOUNCED | ChangeKind.PREMIERE_MOVED:
            return _short_premiere(change, style, today)
        case ChangeKind.NEW_CAST:
            return f"{style.plain(change.value)} as {style.plain(change.subject)}"
        case ChangeKind.RECAST:
            return f"{style.plain(change.subject)} recast: {style.plain(change.value)}"
        case ChangeKind.LEFT_CAST:
            return f"{style.plain(change.previous)} left as {style.plain(change.subject)}"
        case ChangeKind.NEW_CREW:
            return f"{style.plain(change.subject)}, {in_words(change.value)}"
        case ChangeKind.NEW_QUOTES:
            return f"{change.count} new quote{'s' if change.count != 1 else ''}"
        case _:
            return change_line(change, style, today)


def _short_premiere(change: Change, style: Style, today: dt.date | None) -> str:
    with contextlib.suppress(ValueError):
        if release_words.is_past(dt.date.fromisoformat(change.value), today):
            return f"Premiered on {_date(change.value, style)}"
    moved = change.kind is ChangeKind.PREMIERE_MOVED
    return f"Premiere {'moved to' if moved else 'on'} {_date(change.value, style)}"


def _date(value: str, style: Style) -> str:
    try:
        return style.date(dt.date.fromisoformat(value))
    except ValueError:
        return style.plain(value)
