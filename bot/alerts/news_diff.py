"""What an article changed in what the bot knows: the "What's new" of a news alert.

Pure functions over plain data: ingestion says what one new article changed in the reconciled
knowledge (a :class:`~bot.db.snapshot.KnowledgeChange`, in the names ``/cast`` and ``/crew``
show afterwards, with ``/release-date``'s answer before and after); :func:`whats_new` lists
those changes, most important first, and nothing else. The result is a
:class:`~bot.answers.alerts.NewsItem`.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.answers.alerts import HOPED, Change, ChangeKind, NewsItem
from bot.answers.lookups import ReleaseInfo
from bot.db.snapshot import KnowledgeChange
from bot.facts import Article


def news_item(file_name: str, article: Article, change: KnowledgeChange) -> NewsItem:
    """The alert for a new article: its headline, date, lede, web address and what it changed."""
    return NewsItem.of_article(file_name, article, whats_new(change))


def whats_new(change: KnowledgeChange) -> tuple[Change, ...]:
    """The facts the article added or changed, most important first."""
    before, after = change.release_before, change.release_after
    changes: list[Change] = []
    if before is not None and after is not None:
        changes += _premiere(before, after)
        changes += _title(before, after)
    for cast in change.cast:
        if cast.actor is None:
            changes.append(
                Change(ChangeKind.LEFT_CAST, subject=cast.character, previous=cast.previous or "")
            )
        elif cast.previous is None:
            changes.append(Change(ChangeKind.NEW_CAST, subject=cast.character, value=cast.actor))
        else:
            changes.append(
                Change(
                    ChangeKind.RECAST,
                    subject=cast.character,
                    value=cast.actor,
                    previous=cast.previous,
                )
            )
    changes += [Change(ChangeKind.NEW_CREW, subject=c.person, value=c.role) for c in change.crew]
    if before is not None and after is not None:
        changes += _outlook(before, after)
    if change.quotes:
        sample = next((quote for quote in change.quotes if not quote.fragment), change.quotes[0])
        changes.append(
            Change(
                ChangeKind.NEW_QUOTES,
                subject=sample.speaker,
                value=sample.text,
                count=len(change.quotes),
            )
        )
    return tuple(changes)


def _premiere(before: ReleaseInfo, after: ReleaseInfo) -> Iterator[Change]:
    old = before.premiere.value if before.premiere else None
    new = after.premiere.value if after.premiere else None
    if new == old:
        return
    if new is None:
        yield Change(ChangeKind.PREMIERE_WITHDRAWN, previous=old or "")
    elif old is None:
        yield Change(ChangeKind.PREMIERE_ANNOUNCED, value=new)
    else:
        yield Change(ChangeKind.PREMIERE_MOVED, value=new, previous=old)


def _title(before: ReleaseInfo, after: ReleaseInfo) -> Iterator[Change]:
    old = before.title.value if before.title else None
    if after.title is not None and after.title.value != old:
        yield Change(ChangeKind.TITLE, value=after.title.value, previous=old or "")


def _outlook(before: ReleaseInfo, after: ReleaseInfo) -> Iterator[Change]:
    """How filming stands, then (while no date is known) when the release is expected."""
    old, new = before.production, after.production
    if new is not None and (
        old is None or (old.stage, old.date, old.period) != (new.stage, new.date, new.period)
    ):
        when = new.date.isoformat() if new.date else new.period or ""
        yield Change(ChangeKind.FILMING, subject=new.stage.value, value=when)
    window = after.window
    if window is not None and (
        before.window is None
        or (before.window.value, before.window.hedged) != (window.value, window.hedged)
    ):
        yield Change(
            ChangeKind.RELEASE_WINDOW, subject=HOPED if window.hedged else "", value=window.value
        )
