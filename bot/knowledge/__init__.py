"""The query layer: answers to members' questions, read from the knowledge base.

Returns the plain answer objects of :mod:`bot.answers.lookups`; never formats anything. Name indexes
for fuzzy lookup and autocomplete are built once and dropped when ingestion changes the
knowledge (:meth:`Knowledge.invalidate`). Articles are looked up in the database each time, not
held in memory: their titles alone would grow with the archive (45 MB at 100,000 articles).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import random
from array import array
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import aiosqlite
from msgspec.structs import replace

from bot import __version__
from bot.answers.lookups import (
    SEARCH_PAGE_SIZE,
    ArticleList,
    ArticleSummary,
    CastList,
    CastOrder,
    CrewList,
    KnownAs,
    NotFound,
    QuoteAnswer,
    ReleaseInfo,
    SearchResults,
    Source,
    Stats,
    WhoIs,
    WhoPlays,
)
from bot.db.connection import Database
from bot.lazy_modules import lazy_module

if TYPE_CHECKING:
    from bot.db import archive, people, quotes, release
    from bot.knowledge import matching
    from bot.knowledge.matching import Match, NameIndex
else:  # the first answer's, not READY's: loaded at READY in a worker thread (QUERIES)
    archive, people = lazy_module("bot.db.archive"), lazy_module("bot.db.people")
    quotes, release = lazy_module("bot.db.quotes"), lazy_module("bot.db.release")
    matching = lazy_module("bot.knowledge.matching")
QUERIES = tuple(module.__name__ for module in (archive, people, quotes, release, matching))
"""What answers are read with: loaded at READY, off the event loop (FanBot.on_connect)."""

_ARTICLE_MATCH = 80.0
_CACHED_SEARCHES = 256
"""Searches whose results are kept until the knowledge changes (the most recently used)."""
_Entity = TypeVar("_Entity", WhoPlays, WhoIs)
"""A character's or person's answer, as kept by :meth:`Knowledge._kept`."""
_CACHED_ENTITIES = 128
"""Characters' and people's answers kept until the knowledge changes (the most recently used);
few, for memory: the database trip they save is small next to an answer's render."""


class Knowledge:
    """Everything the bot can be asked, over the one database connection."""

    def __init__(
        self,
        db: Database,
        rng: random.Random | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        """``today``: the current day (UTC by default), for telling a past premiere as past."""
        self._db = db
        self._generation = 0
        """Bumped by :meth:`invalidate`: a read that began in an older generation may hold
        what the change replaced, so its answer or index is returned but not stored."""
        self._rng = rng or random.Random()
        self._today = today or _utc_today
        self._indexes: dict[str, NameIndex] = {}
        """The characters', people's and speakers' name indexes, by kind, as built."""
        self._newest: list[Source] | None = None
        """The newest articles, as autocomplete offers them before anything is typed."""
        self._release: ReleaseInfo | None = None
        self._quote_ids: array[int] | None = None
        self._searches: collections.OrderedDict[tuple[object, ...], SearchResults] = (
            collections.OrderedDict()
        )
        self._entities: collections.OrderedDict[tuple[str, int], WhoPlays | WhoIs] = (
            collections.OrderedDict()
        )
        """A character's :class:`WhoPlays` and a person's :class:`WhoIs` by (kind, id): the
        same for everyone until :meth:`invalidate` (which ingestion, moderators' corrections and
        ``/facts`` edits call, through ``FanBot.knowledge_changed`` or the ingestion's
        listeners) drops them."""

    def invalidate(self) -> None:
        """Forget cached indexes and answers after the knowledge changed, and any a read
        still under way would store (:attr:`_generation`)."""
        self._generation += 1
        self._indexes.clear()
        self._newest = None
        self._release = None
        self._quote_ids = None
        self._searches.clear()
        self._entities.clear()

    async def character_index(self) -> NameIndex:
        return await self._index("character")

    async def people_index(self) -> NameIndex:
        return await self._index("person")

    async def speaker_index(self) -> NameIndex:
        """The people who were quoted (for ``/quote person:`` autocomplete)."""
        return await self._index("speaker")

    async def _index(self, kind: str) -> NameIndex:
        """The ``kind`` name index, built and kept unless the knowledge changed meanwhile."""
        found = self._indexes.get(kind)
        if found is not None:
            return found
        generation = self._generation
        async with self._db.reading() as conn:
            if kind == "speaker":
                rows = await quotes.speaker_name_rows(conn)
            else:
                rows = await people.name_rows(conn, kind)
        # In a thread: about a second of work at 15,000 names, which would otherwise hold up
        # every other member's interaction on the event loop.
        index = await asyncio.to_thread(matching.NameIndex.build, rows)
        if generation == self._generation:
            self._indexes[kind] = index
        return index

    async def who_plays(self, character: str) -> WhoPlays | NotFound:
        """Who plays a character now, who played it before, and where that was said.

        Not a character but a person's name: the answer says so, with the roles they play.
        """
        match, other = await _named(character, self.character_index, self.people_index)
        if match.entity_id is not None:
            return await self._who_plays(match.entity_id)
        if other.entity_id is None:
            return NotFound("character", character, match.suggestions)
        found = await self._who_is(other.entity_id)
        roles = tuple(c.character for c in found.credits if c.character and c.current)
        jobs = tuple(dict.fromkeys(c.job for c in found.credits if c.job))
        known = KnownAs("person", found.person, roles, jobs)
        return NotFound("character", character, known_as=known)

    async def who_is(self, person: str) -> WhoIs | NotFound:
        """The roles and crew jobs of a person.

        Not a person but a character's name: the answer says so, with who plays them.
        """
        match, other = await _named(person, self.people_index, self.character_index)
        if match.entity_id is not None:
            return await self._who_is(match.entity_id)
        if other.entity_id is None:
            return NotFound("person", person, match.suggestions)
        found = await self._who_plays(other.entity_id)
        actors = (found.current.actor,) if found.current else ()
        return NotFound("person", person, known_as=KnownAs("character", found.character, actors))

    async def _who_plays(self, character_id: int) -> WhoPlays:
        return await self._kept(("character", character_id), WhoPlays, people.who_plays)

    async def _who_is(self, person_id: int) -> WhoIs:
        return await self._kept(("person", person_id), WhoIs, people.who_is)

    async def _kept(
        self,
        key: tuple[str, int],
        kind: type[_Entity],
        read: Callable[[aiosqlite.Connection, int], Awaitable[_Entity]],
    ) -> _Entity:
        """The kept answer for ``key``, or ``read`` from the database and kept."""
        cached = _remembered(self._entities, key)
        if isinstance(cached, kind):
            return cached
        generation = self._generation
        async with self._db.reading() as conn:
            found = await read(conn, key[1])
        if generation == self._generation:  # else the knowledge changed while it was read
            _remember(self._entities, key, found, _CACHED_ENTITIES)
        return found

    async def cast(self, order: CastOrder = CastOrder.NEWEST) -> CastList:
        async with self._db.reading() as conn:
            return await people.cast_list(conn, order)

    async def crew(self) -> CrewList:
        async with self._db.reading() as conn:
            return await people.crew_list(conn)

    async def release_info(self) -> ReleaseInfo:
        """The premiere date if announced (and whether it moved), else the latest outlook."""
        found = self._release  # the same for everyone until the knowledge changes
        if found is None:
            generation = self._generation
            async with self._db.reading() as conn:
                found = await release.release_info(conn)
            if generation == self._generation:
                self._release = found
        return replace(found, today=self._today())

    async def quote(
        self, person: str | None = None, about: str | None = None, number: int | None = None
    ) -> QuoteAnswer | NotFound:
        """A random quote, optionally by one speaker and containing some words; or quote N."""
        speaker = None
        if person:
            index = await self.people_index()
            match = index.match(person)
            async with self._db.reading() as conn:
                keys = await quotes.speaker_keys(conn, match.entity_id, person.strip())
            if keys is None:
                return NotFound("person", person, match.suggestions)
            speaker = (keys, person.strip())
        unfiltered = speaker is None and not about and number is None
        candidates = self._quote_ids if unfiltered else None
        async with self._db.reading() as conn:
            if unfiltered and candidates is None:
                generation = self._generation
                candidates = await quotes.candidate_ids(conn)
                if generation == self._generation:
                    self._quote_ids = candidates
            answer = await quotes.pick_quote(
                conn,
                self._rng,
                speaker=speaker,
                about=about,
                number=number,
                candidates=candidates,
            )
        if answer is None:
            highest = None
            if number is not None:
                async with self._db.reading() as conn:
                    highest = await quotes.highest_number(conn)
            query = _describe_quote_query(person, about, number)
            return NotFound("quote", query, number=number, highest=highest)
        return answer

    async def latest(self, count: int) -> ArticleList:
        async with self._db.reading() as conn:
            return await archive.latest(conn, count)

    async def search(self, query: str, page: int = 0) -> SearchResults:
        """One page of matches, best first, and how many match in all; a repeated search (in
        any letter case) is answered from memory."""
        key = (page, *archive.search_key(query))
        cached = _remembered(self._searches, key)
        if cached is not None:
            return replace(cached, query=query)
        generation = self._generation
        async with self._db.reading() as conn:
            results = await archive.search(conn, query, SEARCH_PAGE_SIZE, page)
        if generation != self._generation:
            return results  # the knowledge changed while it was read: not kept
        _remember(self._searches, key, results, _CACHED_SEARCHES)
        return results

    async def article(self, title: str) -> ArticleSummary | NotFound:
        """One article, named by its file name or (roughly) its title."""
        async with self._db.reading() as conn:
            chosen = await archive.article_named(conn, title.strip())
        if chosen is None:  # not as it is written: the titles it may be a rough spelling of
            async with self._db.reading() as conn:
                articles = await archive.titles_near(conn, title)
            chosen = _find_article(articles, title)
            if chosen is None:
                suggestions = tuple(s.title for s in _close_articles(articles, title)[:3])
                return NotFound("article", title, suggestions)
        async with self._db.reading() as conn:
            found = await archive.summary(conn, chosen.file_name)
        if found is None:
            return NotFound("article", title)
        return replace(found, today=self._today())

    async def article_choices(self, typed: str) -> list[Source]:
        """Articles for autocomplete: newest first, or those whose title fits what was typed:
        containing it (newest first), then close to it (best first)."""
        needle = typed.casefold().strip()
        if not needle:
            return await self._newest_articles()
        async with self._db.reading() as conn:
            containing = await archive.titles_containing(conn, needle, matching.AUTOCOMPLETE_LIMIT)
        if len(containing) >= matching.AUTOCOMPLETE_LIMIT:
            return containing
        async with self._db.reading() as conn:  # few contain it: close ones too
            articles = await archive.titles_near(conn, typed)
        close = [a for a in _close_articles(articles, typed) if a not in containing]
        return (containing + close)[: matching.AUTOCOMPLETE_LIMIT]

    async def stats(self) -> Stats:
        async with self._db.reading() as conn:
            return await archive.stats(conn, __version__)

    async def examples(self) -> dict[str, str]:
        """Real names from the knowledge base, to show members commands they can try."""
        async with self._db.reading() as conn:
            found = await people.examples(conn)
            highest = await quotes.highest_number(conn)
        if highest:
            found["quote"] = str(highest)
        newest = await self._newest_articles()
        if newest:
            found["article"] = _first_words(newest[0].title, 50)
        return found

    async def _newest_articles(self) -> list[Source]:
        if self._newest is not None:
            return self._newest
        generation = self._generation
        async with self._db.reading() as conn:
            newest = list((await archive.latest(conn, matching.AUTOCOMPLETE_LIMIT)).articles)
        if generation == self._generation:
            self._newest = newest
        return newest


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remembered(kept: collections.OrderedDict[_K, _V], key: _K) -> _V | None:
    """The answer kept under ``key``, if any, marked as the most recently used."""
    found = kept.get(key)
    if found is not None:
        kept.move_to_end(key)
    return found


def _remember(kept: collections.OrderedDict[_K, _V], key: _K, answer: _V, limit: int) -> None:
    """Keep ``answer`` under ``key``, dropping the least recently used beyond ``limit``."""
    kept[key] = answer
    if len(kept) > limit:
        kept.popitem(last=False)


def _utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _find_article(articles: list[Source], wanted: str) -> Source | None:
    text = wanted.strip()
    for article in articles:
        if text in (article.file_name, article.title):
            return article
    folded = text.casefold()
    exact = [a for a in articles if a.title.casefold() == folded]
    if exact:
        return exact[0]
    close = _close_articles(articles, text)
    return close[0] if close else None


def _close_articles(articles: list[Source], wanted: str) -> list[Source]:
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - see bot.knowledge.matching's docstring

    titles = [article.title for article in articles]
    limit, cutoff = matching.AUTOCOMPLETE_LIMIT, _ARTICLE_MATCH
    matches = process.extract(wanted, titles, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)
    return [articles[position] for _, _, position in matches]


def _first_words(text: str, limit: int) -> str:
    """A prefix of whole words, short enough to type (fuzzy lookups accept it)."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def _describe_quote_query(person: str | None, about: str | None, number: int | None) -> str:
    parts = [
        f"#{number}" if number is not None else "",
        f"by {person.strip()}" if person else "",
        f"about “{about.strip()}”" if about else "",
    ]
    return " ".join(part for part in parts if part) or "yet"


async def _named(
    typed: str, asked: Callable[[], Awaitable[NameIndex]], other: Callable[[], Awaitable[NameIndex]]
) -> tuple[Match, Match]:
    """What ``typed`` names among the kind asked for, and among the other kind (people for
    characters, and back). A name of the other kind typed exactly (a spelling, or a first name
    or surname) beats a near miss of the kind asked for: "Ezra" is the actor Ezra Lockwood, not the
    character Ezri Vane. Returns the match of the kind asked for (none if the other kind wins) and
    the other kind's (none if not needed)."""
    match = (await asked()).match(typed)
    if match.exact:
        return match, matching.Match(None)
    found = (await other()).match(typed)
    if found.entity_id is not None and (found.exact or match.entity_id is None):
        return matching.Match(None, match.suggestions), found
    return match, matching.Match(None)
