"""The query layer's answers: plain data, rendered as embeds for Discord or text for the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Source:
    """The article a fact came from."""

    file_name: str
    title: str
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class NotFound:
    """Nothing matched what the member asked for; ``suggestions`` are the closest names."""

    kind: str
    """What was looked for, in words: "character", "person", "quote"."""
    query: str
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Casting:
    actor: str
    source: Source


@dataclass(frozen=True, slots=True)
class WhoPlays:
    character: str
    aliases: tuple[str, ...]
    current: Casting | None
    """None when every actor the articles named has since left the role."""
    previous: tuple[Casting, ...]
    """Earlier actors, most recent first, each with the article that last cast them."""
    sources: tuple[Source, ...]


class Production(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    WRAPPED = "wrapped"


@dataclass(frozen=True, slots=True)
class ProductionStatus:
    stage: Production
    date: dt.date | None
    period: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class DatedFact:
    value: str
    """An ISO date, or an ISO interval for windows."""
    source: Source
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    premiere: DatedFact | None
    previous_premiere: DatedFact | None
    """The premiere date announced before the current one, when it moved."""
    window: DatedFact | None
    """The latest expected release window, shown while no premiere date is announced."""
    title: DatedFact | None
    production: ProductionStatus | None
    as_of: dt.date | None
    """The newest article's date: what the bot knows is as of then."""
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class QuoteAnswer:
    number: int
    text: str
    speaker: str
    fragment: bool
    source: Source


Answer = NotFound | WhoPlays | ReleaseInfo | QuoteAnswer
