"""What an article adds to what the bot knew before it: the "What's new" of a news alert.

Pure functions over plain data: :func:`whats_new` compares one article's extracted facts with
a :class:`~bot.db.snapshot.Known` snapshot of the knowledge base (taken just before the
article is stored) and lists the changes. The result is a :class:`~bot.answers.alerts.NewsItem`.
"""

from __future__ import annotations

from bot.answers.alerts import Change, ChangeKind, NewsItem
from bot.db.snapshot import Known
from bot.facts import Article, ArticleFacts, CastStatus, ReleaseKind
from bot.names import name_key


def news_item(file_name: str, article: Article, facts: ArticleFacts, known: Known) -> NewsItem:
    """The alert for a new article: its headline, date, lede, web address and what it adds."""
    return NewsItem.of_article(file_name, article, whats_new(article, facts, known))


def whats_new(article: Article, facts: ArticleFacts, known: Known) -> tuple[Change, ...]:
    """The facts this article adds or changes compared with ``known``, most important first."""
    changes: list[Change] = []
    premiere = _premiere_change(article, facts, known)
    if premiere:
        changes.append(premiere)
    changes.extend(_cast_changes(facts, known))
    changes.extend(_crew_changes(facts, known))
    quotes = _quote_change(facts, known)
    if quotes:
        changes.append(quotes)
    return tuple(changes)


def _premiere_change(article: Article, facts: ArticleFacts, known: Known) -> Change | None:
    dates = [
        fact.date
        for fact in facts.release
        if fact.kind is ReleaseKind.PREMIERE_DATE and fact.date and not fact.hedged
    ]
    if not dates:
        return None
    new = dates[0]
    if known.premiere is None:
        return Change(ChangeKind.PREMIERE_ANNOUNCED, value=new.isoformat())
    if new == known.premiere:
        return None
    is_older_news = (
        article.date is not None
        and known.premiere_published is not None
        and article.date < known.premiere_published
    )
    if is_older_news:
        return None
    return Change(
        ChangeKind.PREMIERE_MOVED, value=new.isoformat(), previous=known.premiere.isoformat()
    )


def _cast_changes(facts: ArticleFacts, known: Known) -> list[Change]:
    changes: list[Change] = []
    seen: set[str] = set()
    for cast in facts.cast:
        character = name_key(cast.character)
        if cast.status is not CastStatus.CURRENT or not character or character in seen:
            continue
        seen.add(character)
        actor = name_key(cast.actor)
        before = known.actors.get(character)
        if before is None:
            changes.append(Change(ChangeKind.NEW_CAST, subject=cast.character, value=cast.actor))
        elif before.key not in known.same_person.get(actor, frozenset({actor})):
            changes.append(
                Change(
                    ChangeKind.RECAST,
                    subject=cast.character,
                    value=cast.actor,
                    previous=before.name,
                )
            )
    return changes


def _crew_changes(facts: ArticleFacts, known: Known) -> list[Change]:
    changes: list[Change] = []
    seen: set[tuple[str, str]] = set()
    for crew in facts.crew:
        key = name_key(crew.name)
        role = crew.role.value
        if (key, role) in seen:
            continue
        seen.add((key, role))
        aliases = known.same_person.get(key, frozenset({key}))
        if any((alias, role) in known.crew for alias in aliases):
            continue
        changes.append(Change(ChangeKind.NEW_CREW, subject=crew.name, value=role))
    return changes


def _quote_change(facts: ArticleFacts, known: Known) -> Change | None:
    new = [quote for quote in facts.quotes if quote.text not in known.quote_texts]
    if not new:
        return None
    sample = next((quote for quote in new if not quote.fragment), new[0])
    return Change(ChangeKind.NEW_QUOTES, subject=sample.speaker, value=sample.text, count=len(new))
