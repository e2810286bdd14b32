"""Plain data passed from the seed-file parser to the extractor and from the extractor to storage.

Everything here is immutable and free of I/O so parsing and extraction stay pure functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Article:
    """One seed file after parsing: the header's date and lede, an optional headline, the text."""

    date: dt.date | None
    lede: str
    title: str | None
    paragraphs: tuple[str, ...]
    """The body's non-blank lines, in order, without the header and the headline."""

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """Everything a fact can be quoted from: lede, headline and body."""
        return "\n".join(part for part in (self.lede, self.title or "", self.body) if part)


class CastStatus(StrEnum):
    CURRENT = "current"
    FORMER = "former"
    """The article says the actor has left the role."""


@dataclass(frozen=True, slots=True)
class CastFact:
    """An actor playing a character, as this article states it (names resolved within it)."""

    actor: str
    character: str
    evidence: str
    status: CastStatus = CastStatus.CURRENT


class CrewRole(StrEnum):
    CREATOR = "creator"
    DIRECTOR = "director"
    WRITER = "writer"
    AUTHOR = "author"
    EXECUTIVE_PRODUCER = "executive_producer"
    PRODUCER = "producer"
    COMPOSER = "composer"
    CINEMATOGRAPHER = "cinematographer"
    EDITOR = "editor"
    CASTING_DIRECTOR = "casting_director"


@dataclass(frozen=True, slots=True)
class CrewFact:
    name: str
    role: CrewRole
    evidence: str


class ReleaseKind(StrEnum):
    NOT_ANNOUNCED = "not_announced"
    WINDOW = "window"
    PREMIERE_DATE = "premiere_date"
    TITLE = "title"
    FILMING_PLANNED = "filming_planned"
    FILMING_STARTED = "filming_started"
    FILMING_WRAPPED = "filming_wrapped"


@dataclass(frozen=True, slots=True)
class ReleaseFact:
    """A statement about when (or under what title) the film comes out, or how production goes.

    ``window`` is an ISO 8601 interval of months or a year: ``"2026"``, ``"2025-06/2025-08"``.
    """

    kind: ReleaseKind
    evidence: str
    date: dt.date | None = None
    window: str | None = None
    title: str | None = None
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class QuoteFact:
    """Quoted words with who said them.

    ``text`` is an exact substring of the article. ``speaker`` is a person's full name when
    ``speaker_is_person``; otherwise an organisation or unnamed source ("studio spokesperson").
    """

    text: str
    speaker: str
    speaker_is_person: bool
    attribution: str
    fragment: bool = False
    continues_previous: bool = False


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    cast: tuple[CastFact, ...] = ()
    crew: tuple[CrewFact, ...] = ()
    release: tuple[ReleaseFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    people: tuple[str, ...] = field(default=())
    """Every person named in full in the article, in order of first mention."""
