"""The corpus's ``must_not`` rules: facts a good extractor must never serve.

Each rule names a kind ("cast", "premiere_date", "speaker", ...) and the values that must not
appear; :func:`violations` yields every served fact that breaks one, with its category, so the
scorer counts it as a wrong fact (once, even if it was wrong for another reason too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol

from bot.facts import (
    ArticleFacts,
    CastFact,
    CastStatus,
    CrewFact,
    QuoteFact,
    ReleaseFact,
    ReleaseKind,
)

Fact = CastFact | CrewFact | ReleaseFact | QuoteFact


class Names(Protocol):
    def person(self, name: str) -> str: ...

    def character(self, name: str) -> str: ...


_LIST_SEPARATOR = re.compile(r"\s+/\s+")
"""Values are listed with a spaced slash ("2026 / 2026-03"); an ISO interval's own slash has
no spaces ("2026-03/2026-05")."""


def _listed(value: str) -> set[str]:
    return {part.strip() for part in _LIST_SEPARATOR.split(value) if part.strip()}


def violations(
    facts: ArticleFacts, spec: dict[str, Any], canon: Names
) -> Iterator[tuple[str, Fact, str]]:
    """(category, fact, rule) for every fact in ``facts`` that a ``must_not`` rule forbids."""
    for rule in spec.get("must_not", []):
        kind = rule["type"]
        values = _listed(str(rule.get("value", "")))
        pair = (rule.get("actor", ""), rule.get("character", ""))
        note = f"{kind}: {rule.get('value') or pair} ({rule.get('why', '')})"
        start = str(rule.get("text_start", "")).rstrip(" ,")
        for category, fact in _hits(facts, kind, values, pair, canon):
            if start and isinstance(fact, QuoteFact) and not fact.text.startswith(start):
                continue  # the rule is about one quote; the person may speak elsewhere
            yield category, fact, note


def _hits(
    facts: ArticleFacts, kind: str, values: set[str], pair: tuple[str, str], canon: Names
) -> Iterator[tuple[str, Fact]]:
    for cast in facts.cast:
        if _cast_hit(cast, kind, values, pair, canon):
            yield "cast", cast
    for crew in facts.crew:
        names = {crew.name, canon.person(crew.name)}
        if kind in {"crew", "person", "show", "cast_or_title"} and names & values:
            yield "crew", crew
    for release in facts.release:
        if _release_hit(release, kind, values):
            yield "release", release
    for quote in facts.quotes:
        if _quote_hit(quote, kind, values, canon):
            yield "quotes", quote


def _cast_hit(
    cast: CastFact, kind: str, values: set[str], pair: tuple[str, str], canon: Names
) -> bool:
    key = (canon.person(cast.actor), canon.character(cast.character))
    characters = {cast.character, canon.character(cast.character)}
    actors = {cast.actor, canon.person(cast.actor)}
    rules = {
        "cast": key == pair,
        "cast_current": key == pair and cast.status is CastStatus.CURRENT,
        "title": bool(characters & values),
        "headline": bool(characters & values),
        "character": bool(characters & values),
        "cast_or_title": bool((characters | actors) & values),
        "show": bool((characters | actors) & values),
        "actor": bool(actors & values),
        "channel": any(v.lstrip("#") in cast.character for v in values),
    }
    return rules.get(kind, False)


def _release_hit(release: ReleaseFact, kind: str, values: set[str]) -> bool:
    date = release.date.isoformat() if release.date else ""
    title = release.title in values
    when = {date, release.window or ""} & values
    rules = {
        "premiere_date": release.kind is ReleaseKind.PREMIERE_DATE and date in values,
        "window": release.kind is ReleaseKind.WINDOW and release.window in values,
        "release_date": date in values,
        # A production step on a date or in a window the text does not give it.
        "filming_planned": release.kind is ReleaseKind.FILMING_PLANNED and bool(when),
        "filming_started": release.kind is ReleaseKind.FILMING_STARTED and bool(when),
        "filming_wrapped": release.kind is ReleaseKind.FILMING_WRAPPED and bool(when),
        "title": title,
        "headline": title,
        "cast_or_title": title,
        "show": title,
        "channel": any(v.lstrip("#") in (release.title or "") for v in values),
    }
    return rules.get(kind, False)


def _quote_hit(quote: QuoteFact, kind: str, values: set[str], canon: Names) -> bool:
    speakers = {quote.speaker, canon.person(quote.speaker)}
    text = quote.text
    rules = {
        "speaker": bool(speakers & values),
        "quote_speaker": bool(speakers & values),
        "quote": any(text.startswith(v) or v.startswith(text) for v in values),
        # A title or nickname in quotation marks is the whole quoted text ("Seun" is no
        # prefix of a quote that begins "Seun has made ...").
        "quote_text": _bare(text) in {_bare(v) for v in values},
        "headline": any(text in v for v in values),
    }
    return rules.get(kind, False)


def _bare(text: str) -> str:
    """Quoted words without the punctuation a quotation's end may carry, in any case."""
    return text.strip().rstrip(".,;:!?…").strip().casefold()
