"""Moderators' corrections as plain data, and how they apply to an article's extracted facts.

Pure, like :mod:`bot.facts`: no I/O. A fact is known by its identity, the article file plus
its kind and :func:`content_key` (the normalised content), which :mod:`bot.db` turns into a
stable :class:`FactId` (``cast-12``). The write path reads the corrections of an article
(:class:`ArticleCorrections`) and applies them to whatever the extractor found: a correction
made once holds through edits of the article, a rebuild and a new extractor, as long as the
fact it names is still found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Final, TypeAlias

import msgspec

from bot.fact_kinds import SourceKind
from bot.lazy_modules import lazy_module
from bot.names import name_key

if TYPE_CHECKING:
    from bot import facts as fact_classes
    from bot.facts import ArticleFacts, CastFact, CrewFact, QuoteFact, ReleaseFact

    Fact: TypeAlias = CastFact | CrewFact | ReleaseFact | QuoteFact
else:  # answers and queries read fact ids and kinds at start-up; the classes are ingestion's
    fact_classes = lazy_module("bot.facts")


class FactKind(StrEnum):
    CAST = "cast"
    CREW = "crew"
    RELEASE = "release"
    QUOTE = "quote"


_FACT_ID = re.compile(r"^\s*(cast|crew|release|quote)\s*[-#]?\s*(\d{1,18})\s*$", re.IGNORECASE)


class FactId(msgspec.Struct, frozen=True, order=True):
    """A fact's stable id, shown as ``cast-12``; a quote's number is its ``/quote`` number."""

    kind: FactKind
    number: int

    def __str__(self) -> str:
        return f"{self.kind}-{self.number}"

    @classmethod
    def parse(cls, text: str) -> FactId | None:
        """``"cast-12"`` (also ``"Cast 12"``, ``"quote#7"``) as an id; None if it is not one."""
        match = _FACT_ID.match(text)
        if match is None:
            return None
        return cls(FactKind(match[1].lower()), int(match[2]))


class CorrectionAction(StrEnum):
    APPROVE = "approve"
    """Serve a fact the extractor held back."""
    REJECT = "reject"
    """Keep a held fact out, for good."""
    HIDE = "hide"
    """Stop a wrong fact being used in any answer or alert."""
    UNHIDE = "unhide"
    CAST = "cast"
    """Who plays a character: a fact of the moderators' own, not an article's."""
    SPEAKER = "speaker"
    """Who said a quote ("" for unattributed)."""
    MERGE = "merge"
    """Two names are one person, or one character."""


UNKNOWN_SPEAKER: Final = "unknown"
"""What a moderator types for "nobody knows who said it"."""


def kind_of(fact: Fact) -> FactKind:
    match fact:
        case fact_classes.CastFact():
            return FactKind.CAST
        case fact_classes.CrewFact():
            return FactKind.CREW
        case fact_classes.ReleaseFact():
            return FactKind.RELEASE
        case fact_classes.QuoteFact():
            return FactKind.QUOTE


def content_key(fact: Fact) -> str:
    """What a fact says, normalised: the same fact of the same article keeps the same key.

    Names are name keys; evidence, confidence and (for quotes) the speaker are not part of it,
    so a better extractor or a corrected speaker does not make a fact new. Migration 0007
    computes the same keys in SQL for the facts stored before it.
    """
    match fact:
        case fact_classes.CastFact():
            return f"{name_key(fact.actor)}|{name_key(fact.character)}|{fact.status.value}"
        case fact_classes.CrewFact():
            return f"{name_key(fact.name)}|{fact.role.value}"
        case fact_classes.ReleaseFact():
            date = fact.date.isoformat() if fact.date else ""
            parts = (fact.kind.value, date, fact.window or "", fact.title or "", int(fact.hedged))
            return "|".join(str(part) for part in parts)
        case fact_classes.QuoteFact():
            return fact.text


class FactCorrection(msgspec.Struct, frozen=True):
    """One correction of one of an article's facts, as the write path applies it."""

    action: CorrectionAction
    kind: FactKind
    content: str
    speaker: str = ""
    """For :attr:`CorrectionAction.SPEAKER`: the person, or "" for unattributed."""


class FactState(msgspec.Struct, frozen=True):
    served: bool
    corrected: bool
    """A correction applies to the fact: it is decided, hidden or has a corrected speaker."""


class ArticleCorrections(msgspec.Struct, frozen=True):
    """The corrections in force for one article's facts; the latest of each sort wins."""

    decided: Mapping[tuple[FactKind, str], bool] = msgspec.field(default_factory=dict)
    """Approved (True) or rejected (False), by (kind, content key)."""
    hidden: frozenset[tuple[FactKind, str]] = frozenset()
    speakers: Mapping[str, str] = msgspec.field(default_factory=dict)
    """The corrected speaker ("" for unattributed), by quote content key."""

    @classmethod
    def of(cls, corrections: Iterable[FactCorrection]) -> ArticleCorrections:
        """Fold the corrections in force, oldest first."""
        decided: dict[tuple[FactKind, str], bool] = {}
        hidden: set[tuple[FactKind, str]] = set()
        speakers: dict[str, str] = {}
        for correction in corrections:
            key = (correction.kind, correction.content)
            match correction.action:
                case CorrectionAction.APPROVE | CorrectionAction.REJECT:
                    decided[key] = correction.action is CorrectionAction.APPROVE
                case CorrectionAction.HIDE:
                    hidden.add(key)
                case CorrectionAction.UNHIDE:
                    hidden.discard(key)
                case CorrectionAction.SPEAKER if correction.kind is FactKind.QUOTE:
                    speakers[correction.content] = correction.speaker
        return cls(decided, frozenset(hidden), speakers)

    def __bool__(self) -> bool:
        return bool(self.decided or self.hidden or self.speakers)

    def state(self, fact: Fact) -> FactState:
        """Whether members may be told ``fact`` (after :meth:`fixed`), and if it is corrected."""
        key = (kind_of(fact), content_key(fact))
        decided = self.decided.get(key)
        hidden = key in self.hidden
        served = not hidden and (fact.served if decided is None else decided)
        speaker = key[0] is FactKind.QUOTE and key[1] in self.speakers
        return FactState(served, hidden or decided is not None or speaker)

    def fixed(self, facts: ArticleFacts) -> ArticleFacts:
        """The facts with their corrected speakers."""
        if not self.speakers:
            return facts
        return replace(facts, quotes=tuple(self._speaker_of(quote) for quote in facts.quotes))

    def _speaker_of(self, quote: QuoteFact) -> QuoteFact:
        speaker = self.speakers.get(content_key(quote))
        if speaker is None:
            return quote
        source = SourceKind.PERSON if speaker else SourceKind.UNATTRIBUTED
        return replace(quote, speaker=speaker, source=source)

    def served(self, facts: ArticleFacts) -> ArticleFacts:
        """Of ``facts`` (already :meth:`fixed`), those members may be told."""
        if not self:
            return facts.served()
        return replace(
            facts,
            cast=tuple(f for f in facts.cast if self.state(f).served),
            crew=tuple(f for f in facts.crew if self.state(f).served),
            release=tuple(f for f in facts.release if self.state(f).served),
            quotes=tuple(f for f in facts.quotes if self.state(f).served),
        )


NO_CORRECTIONS: Final = ArticleCorrections()
