"""Plain data passed from the seed-file parser to the extractor and from the extractor to storage.

Everything here is immutable and free of I/O so parsing and extraction stay pure functions.

Right, or silent: every fact carries its ``evidence`` (the sentence it came from) and a
``confidence`` in ``[0, 1]``. A fact at or above :data:`SERVE_LINE` is served to members; one
below it is *held*: still returned, so storage can keep it for a moderator to review, but never
answered with. ``doubt`` says in a few words why a fact was held (empty when it is sure).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Final, TypeVar

from bot.fact_kinds import (
    SHOOT_KINDS,
    SHOOT_PLAN_KINDS,
    CastStatus,
    CrewRole,
    ReleaseKind,
    SourceKind,
)

__all__ = [
    "HELD",
    "SERVE_LINE",
    "SHOOT_KINDS",
    "SHOOT_PLAN_KINDS",
    "SURE",
    "Article",
    "ArticleFacts",
    "CastFact",
    "CastStatus",
    "CrewFact",
    "CrewRole",
    "QuoteFact",
    "ReleaseFact",
    "ReleaseKind",
    "SourceKind",
    "held",
]

SERVE_LINE: Final = 0.75
"""The line: a fact whose confidence is at or above it is served; below it, held."""
HELD: Final = 0.5
"""The confidence of a fact the extractor holds back (below :data:`SERVE_LINE`): kept with
its ``doubt`` for moderators to review, never served."""
SURE: Final = 1.0
"""The confidence of a fact a rule states outright."""


@dataclass(frozen=True, slots=True)
class Article:
    """One seed file after parsing: the header's date and lede, an optional headline and link,
    the text."""

    date: dt.date | None
    lede: str
    title: str | None
    paragraphs: tuple[str, ...]
    """The body's non-blank lines, in order, without the header and the headline."""
    url: str | None = None
    """Where the article was published (an http or https link), when the file says."""
    byline: str | None = None
    """The author the page's byline names, if it names one (who "I ask" is)."""

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """Everything a fact can be quoted from: lede, headline and body."""
        return "\n".join(part for part in (self.lede, self.title or "", self.body) if part)


@dataclass(frozen=True, slots=True)
class CastFact:
    """An actor playing a character, as this article states it (names resolved within it)."""

    actor: str
    character: str
    evidence: str
    status: CastStatus = CastStatus.CURRENT
    confidence: float = SURE
    doubt: str = ""

    @property
    def served(self) -> bool:
        return self.confidence >= SERVE_LINE


@dataclass(frozen=True, slots=True)
class CrewFact:
    name: str
    role: CrewRole
    evidence: str
    confidence: float = SURE
    doubt: str = ""

    @property
    def served(self) -> bool:
        return self.confidence >= SERVE_LINE


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
    confidence: float = SURE
    doubt: str = ""
    derived: bool = field(default=False, compare=False)
    """Worked out from a relative phrase ("on Friday", "three days before it lands"), not
    written out: the weaker reading when the article states another date."""

    @property
    def served(self) -> bool:
        return self.confidence >= SERVE_LINE


@dataclass(frozen=True, slots=True)
class QuoteFact:
    """Quoted words with who said them.

    ``text`` is an exact substring of the article. ``speaker`` is a person's full name for a
    ``PERSON`` source, the organisation or the unnamed source's label ("Netflix spokesperson")
    otherwise, and empty when the quote is unattributed. ``confidence`` is how sure the
    extractor is that the text is a quotation at all; a doubtful speaker makes the quote
    unattributed rather than held.
    """

    text: str
    speaker: str
    source: SourceKind
    attribution: str
    fragment: bool = False
    continues_previous: bool = False
    confidence: float = SURE
    doubt: str = ""

    @property
    def speaker_is_person(self) -> bool:
        return self.source is SourceKind.PERSON

    @property
    def served(self) -> bool:
        return self.confidence >= SERVE_LINE

    def unattributed(self) -> QuoteFact:
        """The same words credited to no one, still held if they were held."""
        return replace(
            self,
            speaker="",
            source=SourceKind.UNATTRIBUTED,
            attribution="",
            continues_previous=False,
        )


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    cast: tuple[CastFact, ...] = ()
    crew: tuple[CrewFact, ...] = ()
    release: tuple[ReleaseFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    people: tuple[str, ...] = field(default=())
    """Every person named in full in the article, in order of first mention."""

    def served(self) -> ArticleFacts:
        """Only the facts at or above the line: what members may be told today."""
        return replace(
            self,
            cast=tuple(f for f in self.cast if f.served),
            crew=tuple(f for f in self.crew if f.served),
            release=tuple(f for f in self.release if f.served),
            quotes=tuple(f for f in self.quotes if f.served),
        )


_Fact = TypeVar("_Fact", CastFact, CrewFact, ReleaseFact, QuoteFact)


def held(fact: _Fact, doubt: str) -> _Fact:
    """``fact`` held back for ``doubt``: its confidence at :data:`HELD` at most, never raised."""
    return replace(fact, confidence=min(fact.confidence, HELD), doubt=doubt)
