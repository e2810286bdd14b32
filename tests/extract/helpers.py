"""Build small articles for the extractor tests without going through a seed file."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts


def article(*paragraphs: str, date: str = "2025-05-01", title: str | None = None) -> Article:
    """An article whose lede is the first paragraph, like a seed file without a headline."""
    return Article(dt.date.fromisoformat(date), paragraphs[0], title, tuple(paragraphs[1:]))


def facts(*paragraphs: str, date: str = "2025-05-01", title: str | None = None) -> ArticleFacts:
    return extract_facts(article(*paragraphs, date=date, title=title))


def pairs(found: ArticleFacts) -> set[tuple[str, str]]:
    """(actor, character) for every casting."""
    return {(c.actor, c.character) for c in found.cast}


def credits(found: ArticleFacts) -> set[tuple[str, str]]:
    """(role, name) for every crew credit."""
    return {(c.role.value, c.name) for c in found.crew}
