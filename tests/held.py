"""An extractor that is unsure of some facts: the real one, holding back each article's first
quote, so that moderators have something to review (the real extractor holds nothing yet)."""

from __future__ import annotations

import dataclasses

import pytest

import bot.ingestion.prepare
from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts

DOUBT = "maybe not a quotation"


def first_quote_held(article: Article) -> ArticleFacts:
    facts = extract_facts(article)
    quotes = [
        dataclasses.replace(quote, confidence=0.3, doubt=DOUBT) if position == 0 else quote
        for position, quote in enumerate(facts.quotes)
    ]
    return dataclasses.replace(facts, quotes=tuple(quotes))


def hold_first_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, ingestion extracts with :func:`first_quote_held`."""
    monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", first_quote_held)
