"""Answers to members' lookups: who plays whom, the release date, quotes, the archive."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import msgspec

from bot.corrections import FactId
from bot.fact_kinds import ReleaseKind, SourceKind


class Source(msgspec.Struct, frozen=True):
    """The article a fact came from, or the moderators (``file_name`` "": a correction of
    their own, such as a casting or a merge of names, made on ``published``)."""

    file_name: str
    title: str
    published: dt.date | None
    url: str | None = None
    """Where the article was published, when its file says."""
    corrected: bool = False
    """The moderators corrected what the answer takes from it (see ``/facts``)."""

    @property
    def by_moderators(self) -> bool:
        return not self.file_name


class KnownAs(msgspec.Struct, frozen=True):
    """What a name that was looked up as one kind of thing is instead: a character looked up
    as a person (``/who-is Ida Vallance``), or a person looked up as a character."""

    kind: str
    """ "character" or "person"."""
    name: str
    related: tuple[str, ...] = ()
    """Who plays the character, or the characters the person plays."""
    jobs: tuple[str, ...] = ()
    """The person's crew jobs ("executive_producer")."""


class NotFound(msgspec.Struct, frozen=True):
    """Nothing matched what the member asked for; ``suggestions`` are the closest names."""

    kind: str
    """What was looked for, in words: "character", "person", "quote", "article"."""
    query: str
    suggestions: tuple[str, ...] = ()
    known_as: KnownAs | None = None
    """The name is known, as another kind of thing."""
    number: int | None = None
    """For a quote asked for by number: the number asked for."""
    highest: int | None = None
    """For a quote asked for by number: the highest number there is (None: no quotes)."""


class Casting(msgspec.Struct, frozen=True):
    actor: str
    source: Source


class WhoPlays(msgspec.Struct, frozen=True):
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


class ProductionStatus(msgspec.Struct, frozen=True):
    stage: Production
    date: dt.date | None
    period: str | None
    source: Source


class DatedFact(msgspec.Struct, frozen=True):
    value: str
    """An ISO date, or an ISO interval for windows."""
    source: Source
    hedged: bool = False


class ReleaseInfo(msgspec.Struct, frozen=True):
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
    today: dt.date | None = None
    """The day the question was answered: a premiere before it is told in the past tense."""


class QuoteAnswer(msgspec.Struct, frozen=True):
    number: int
    text: str
    speaker: str
    """The person, organisation or unnamed source; empty when the quote is unattributed."""
    fragment: bool
    source: Source
    speaker_kind: SourceKind = SourceKind.PERSON


class Credit(msgspec.Struct, frozen=True):
    """One thing a person did: a role played (``character``) or a crew job (``job``)."""

    source: Source
    character: str | None = None
    job: str | None = None
    current: bool = True


class WhoIs(msgspec.Struct, frozen=True):
    person: str
    aliases: tuple[str, ...]
    credits: tuple[Credit, ...]
    quote_count: int
    sources: tuple[Source, ...]


class CastOrder(StrEnum):
    NEWEST = "newest"
    ALPHABETICAL = "alphabetical"


class CastEntry(msgspec.Struct, frozen=True):
    character: str
    actor: str
    source: Source
    """The newest article that states this casting."""


class CastList(msgspec.Struct, frozen=True):
    entries: tuple[CastEntry, ...]
    order: CastOrder


class CrewJob(msgspec.Struct, frozen=True):
    job: str
    people: tuple[str, ...]


class CrewList(msgspec.Struct, frozen=True):
    jobs: tuple[CrewJob, ...]
    sources: tuple[Source, ...]


class ArticleList(msgspec.Struct, frozen=True):
    """The newest articles, one line each."""

    articles: tuple[Source, ...]
    total: int


class SearchHit(msgspec.Struct, frozen=True):
    source: Source
    snippet: str
    """Article text with the matched words between HIGHLIGHT_START and HIGHLIGHT_END."""


HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


class SearchResults(msgspec.Struct, frozen=True):
    """One page of a search's matches, best first, and how many articles match in all."""

    query: str
    hits: tuple[SearchHit, ...]
    total: int = 0
    """Every article that matches (at least ``len(hits)``)."""
    page: int = 0
    """Which page ``hits`` is, from 0; a page holds :data:`SEARCH_PAGE_SIZE` hits."""
    ranked: int | None = None
    """How many of the matches are ranked and can be paged through (None: all of them)."""

    @property
    def pages(self) -> int:
        matches = max(self.total, len(self.hits))
        if self.ranked is not None:
            matches = min(matches, self.ranked)
        return max(1, -(-matches // SEARCH_PAGE_SIZE))


SEARCH_PAGE_SIZE = 5


class ReleaseStatement(msgspec.Struct, frozen=True):
    """One article's statement about the release or production."""

    kind: ReleaseKind
    date: dt.date | None = None
    period: str | None = None
    """An ISO 8601 interval of months or a year: "2026", "2025-06/2025-08"."""
    title: str | None = None
    hedged: bool = False


class ReleaseLine(msgspec.Struct, frozen=True):
    """A release statement of an article, with its fact id."""

    fact_id: FactId
    statement: ReleaseStatement


class FactLine(msgspec.Struct, frozen=True):
    """A fact in a few words, with its id (told in words by :func:`bot.render.fact_lines.line`).

    ``subject`` and ``detail`` by kind: cast, the actor and the character; crew, the person and
    the job ("executive_producer"); release, the statement's kind ("premiere_date") and its
    value (a date, a period or a title, "" for none), with the statement itself in
    ``release``; quote, the words and who said them ("" for nobody named).
    """

    fact_id: FactId
    subject: str
    detail: str
    release: ReleaseStatement | None = None


class ArticleSummary(msgspec.Struct, frozen=True):
    """One article and what the bot learnt from it, each fact with its id."""

    source: Source
    lede: str
    cast: tuple[FactLine, ...]
    """Who plays whom, as the article states it."""
    crew: tuple[FactLine, ...]
    release: tuple[ReleaseLine, ...]
    """What the article says about the release and production, in its order."""
    quotes: tuple[FactId, ...]
    today: dt.date | None = None
    """The day the question was answered: a premiere before it is told in the past tense."""

    @property
    def quote_count(self) -> int:
        return len(self.quotes)


class Stats(msgspec.Struct, frozen=True):
    articles: int
    people: int
    characters: int
    quotes: int
    newest_article: dt.date | None
    last_update: dt.datetime | None
    version: str


class HelpEntry(msgspec.Struct, frozen=True):
    usage: str
    description: str
    example: str
    """A command line to try as it is; empty when the bot knows nothing to fill it with."""
    for_moderators: bool = False
    """Only moderators (Manage Server) may use it; only they are shown it."""


class HelpSection(msgspec.Struct, frozen=True):
    name: str
    entries: tuple[HelpEntry, ...]


class Help(msgspec.Struct, frozen=True):
    sections: tuple[HelpSection, ...]


class HelpOption(msgspec.Struct, frozen=True):
    name: str
    description: str
    required: bool
    choices: tuple[str, ...] = ()


class CommandHelp(msgspec.Struct, frozen=True):
    """``/help command:<name>``: one command, its options, and examples to try."""

    name: str
    description: str
    usage: str
    options: tuple[HelpOption, ...]
    examples: tuple[str, ...]
    """Runnable as they are: built from names the bot knows."""
    for_moderators: bool = False
