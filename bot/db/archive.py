"""The article archive: newest articles, full-text search, one article's facts, statistics."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection

import aiosqlite

from bot.answers.lookups import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    ArticleList,
    ArticleSummary,
    FactLine,
    ReleaseLine,
    SearchHit,
    SearchResults,
    Source,
    Stats,
)
from bot.corrections import FactId, FactKind
from bot.db.rows import (
    ARTICLE_COLUMNS,
    NEWEST_FIRST,
    fetch,
    parse_date,
    release_statement,
    scalar,
    source_of,
)
from bot.db.search import (
    match_all_words,
    match_any_word,
    match_headline_near,
    match_headline_starts,
    words_of,
)

SNIPPET_WORDS = 24
RANKED_AT_MOST = 500
"""A search ranks at most this many matches, the most recently added: SQLite's BM25 scores
every row it ranks, so a word found in thousands of articles would otherwise cost 10-15 ms."""
HEADLINE_CANDIDATES = 500
"""Articles a title typed in part or roughly is looked for among, at most, in each way (the
newest, the newest the search index finds): reading every title would cost about a second at
100,000 articles."""


async def latest(conn: aiosqlite.Connection, count: int) -> ArticleList:
    rows = await fetch(
        conn,
        f"SELECT {ARTICLE_COLUMNS} FROM articles AS a ORDER BY {NEWEST_FIRST} LIMIT ?",
        (count,),
    )
    total = await scalar(conn, "SELECT count(*) FROM articles")
    return ArticleList(tuple(source_of(row) for row in rows), int(total or 0))


def search_key(query: str) -> tuple[str, ...]:
    """What decides a search's results: its words, ASCII ones in any case (as SQLite folds)."""
    return tuple(word.lower() if word.isascii() else word for word in words_of(query))


async def search(
    conn: aiosqlite.Connection, query: str, limit: int, page: int = 0
) -> SearchResults:
    """Page ``page`` (from 0, ``limit`` a page) of the best matches, and how many match in all.

    Best first (BM25, titles weigh most); articles with every word if any, else with any word;
    each first as whole words, then as the starts of words (:mod:`bot.db.search`). A word
    found in more than :data:`RANKED_AT_MOST` articles is ranked among the newest of them.
    """
    tries = (
        match_all_words(query),
        match_all_words(query, prefixes=True),
        match_any_word(query),
        match_any_word(query, prefixes=True),
    )
    for match in dict.fromkeys(tries):  # in order, each different query once
        if not match:
            break
        total = int(
            await scalar(
                conn, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
            )
            or 0
        )
        if not total:
            continue
        # Rank first, then cut snippets for the few shown only: a snippet in the ranking query
        # would be cut for every matching article before the sort. The candidates are the
        # newest matches (rowids are ids, in the order articles were added), found without
        # ranking; when there are fewer than RANKED_AT_MOST, that is every match.
        rows = await fetch(
            conn,
            f"""
            WITH candidates AS (
                SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1
                ORDER BY rowid DESC LIMIT ?2
            ), best AS (
                SELECT rowid, bm25(articles_fts, 10.0, 5.0, 1.0) AS score FROM articles_fts
                WHERE articles_fts MATCH ?1 AND rowid >= (SELECT min(rowid) FROM candidates)
                ORDER BY score, rowid DESC LIMIT ?3 OFFSET ?6
            )
            SELECT {ARTICLE_COLUMNS},
                   (SELECT snippet(articles_fts, -1, ?4, ?5, '…', {SNIPPET_WORDS})
                    FROM articles_fts
                    WHERE articles_fts MATCH ?1 AND articles_fts.rowid = best.rowid) AS snippet
            FROM best JOIN articles AS a ON a.id = best.rowid
            ORDER BY best.score, best.rowid DESC
            """,
            (match, RANKED_AT_MOST, limit, HIGHLIGHT_START, HIGHLIGHT_END, page * limit),
        )
        hits = tuple(SearchHit(source_of(row), row["snippet"]) for row in rows)
        ranked = min(total, RANKED_AT_MOST)
        return SearchResults(query, hits, total=total, page=page, ranked=ranked)
    return SearchResults(query, (), page=page)


async def titles_containing(conn: aiosqlite.Connection, text: str, limit: int) -> list[Source]:
    """Up to ``limit`` articles whose title (or, without one, lede) contains ``text`` in any
    letter case, newest first.

    The :data:`HEADLINE_CANDIDATES` newest are read down the publication index (a common text
    fills the list in a few rows); when they hold too few, older ones come from the search
    index, among those with a word starting with each typed word: a rare text costs a few index
    pages, not a read of every article. (SQLite's ``lower`` folds ASCII letters only: ``text``
    should be lower case.)
    """
    # No ORDER BY outside: the subquery yields the newest first and the scan stops at the
    # ``limit``-th hit (an ORDER BY there would read all of them before sorting).
    rows = await fetch(
        conn,
        f"""
        SELECT {ARTICLE_COLUMNS} FROM (
            SELECT a.file_name, a.title, a.lede, a.published, a.url
            FROM articles AS a ORDER BY {NEWEST_FIRST} LIMIT ?3
        ) AS a
        WHERE instr(lower(coalesce(a.title, a.lede)), ?1) > 0 LIMIT ?2
        """,
        (text, limit, HEADLINE_CANDIDATES),
    )
    found = [source_of(row) for row in rows]
    if len(found) < limit:
        older = await _headline_candidates(conn, match_headline_starts(text), text, limit)
        found += [source for source in older if source not in found]
    return found[:limit]


async def titles_near(conn: aiosqlite.Connection, text: str) -> list[Source]:
    """Articles whose title ``text`` may be a rough spelling of, newest first: those with a
    word starting as one of its words does (:func:`~bot.db.search.match_headline_near`), to be
    ranked by closeness."""
    return await _headline_candidates(conn, match_headline_near(text))


async def _headline_candidates(
    conn: aiosqlite.Connection,
    match: str,
    containing: str = "",
    limit: int = HEADLINE_CANDIDATES,
) -> list[Source]:
    """Up to ``limit`` articles, newest first, among the :data:`HEADLINE_CANDIDATES` most
    recently added that ``match`` finds in the search index, whose title (or lede) contains
    ``containing``: a rare text costs a few index pages, not a read of every article."""
    if not match:
        return []
    rows = await fetch(
        conn,
        f"""
        WITH hits AS (
            SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1
            ORDER BY rowid DESC LIMIT ?4
        )
        SELECT {ARTICLE_COLUMNS} FROM hits JOIN articles AS a ON a.id = hits.rowid
        WHERE instr(lower(coalesce(a.title, a.lede)), ?2) > 0
        ORDER BY {NEWEST_FIRST} LIMIT ?3
        """,
        (match, containing, limit, HEADLINE_CANDIDATES),
    )
    return [source_of(row) for row in rows]


async def article_named(conn: aiosqlite.Connection, name: str) -> Source | None:
    """The newest article with ``name`` as its file name or its title (exactly), if any."""
    rows = await fetch(
        conn,
        f"SELECT {ARTICLE_COLUMNS} FROM articles AS a"
        " WHERE a.file_name = ?1 OR coalesce(a.title, a.lede) = ?1"
        f" ORDER BY {NEWEST_FIRST} LIMIT 1",
        (name,),
    )
    return source_of(rows[0]) if rows else None


async def article_with_url(conn: aiosqlite.Connection, urls: Collection[str]) -> Source | None:
    """The article published at one of ``urls`` (spelled exactly as stored), if any."""
    rows = await fetch(
        conn,
        f"SELECT {ARTICLE_COLUMNS} FROM articles AS a"
        " WHERE a.url IN (SELECT value FROM json_each(?)) LIMIT 1",
        (json.dumps(list(urls)),),
    )
    return source_of(rows[0]) if rows else None


async def summary(conn: aiosqlite.Connection, file_name: str) -> ArticleSummary | None:
    rows = await fetch(
        conn,
        f"SELECT a.id, {ARTICLE_COLUMNS} FROM articles AS a WHERE a.file_name = ?",
        (file_name,),
    )
    if not rows:
        return None
    article = rows[0]
    cast = await fetch(
        conn,
        """
        SELECT r.fact_id, coalesce(p.name, m.name) AS actor,
               coalesce(c.name, cm.name) AS character
        FROM roles AS r
        LEFT JOIN person_names AS pn ON pn.name_key = r.actor_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        LEFT JOIN mentions AS m
            ON m.article_id = r.article_id AND m.kind = 'person' AND m.name_key = r.actor_key
        LEFT JOIN character_names AS cn ON cn.name_key = r.character_key
        LEFT JOIN characters AS c ON c.id = cn.character_id
        LEFT JOIN mentions AS cm
            ON cm.article_id = r.article_id AND cm.kind = 'character'
            AND cm.name_key = r.character_key
        WHERE r.article_id = ? AND r.status = 'current' AND r.served ORDER BY r.id
        """,
        (article["id"],),
    )
    crew = await fetch(
        conn,
        """
        SELECT cc.fact_id, cc.role, coalesce(p.name, cc.person_key) AS name FROM crew_credits AS cc
        LEFT JOIN person_names AS pn ON pn.name_key = cc.person_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        WHERE cc.article_id = ? AND cc.served ORDER BY cc.id
        """,
        (article["id"],),
    )
    release = await fetch(
        conn,
        "SELECT fact_id, kind, date, period, title, hedged FROM release_statements"
        " WHERE article_id = ? AND served GROUP BY fact_id ORDER BY min(id)",
        (article["id"],),
    )
    quotes = await fetch(
        conn,
        "SELECT id FROM quotes WHERE article_id = ? AND served ORDER BY position",
        (article["id"],),
    )
    return ArticleSummary(
        source=source_of(article),
        lede=article["article_lede"],
        cast=tuple(_line(FactKind.CAST, row, "actor", "character") for row in cast),
        crew=tuple(_line(FactKind.CREW, row, "name", "role") for row in crew),
        release=tuple(
            ReleaseLine(
                FactId(FactKind.RELEASE, row["fact_id"]),
                release_statement(row, "kind"),
            )
            for row in release
        ),
        quotes=tuple(FactId(FactKind.QUOTE, row["id"]) for row in quotes),
    )


def _line(kind: FactKind, row: sqlite3.Row, subject: str, detail: str) -> FactLine:
    return FactLine(FactId(kind, row["fact_id"]), row[subject], row[detail])


async def stats(conn: aiosqlite.Connection, version: str) -> Stats:
    rows = await fetch(
        conn,
        """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM people) AS people,
               (SELECT count(*) FROM characters) AS characters,
               (SELECT count(*) FROM quotes WHERE served) AS quotes,
               (SELECT max(published) FROM articles) AS newest,
               (SELECT max(ingested_at) FROM articles) AS updated
        """,
    )
    row = rows[0]
    updated = dt.datetime.fromisoformat(row["updated"]) if row["updated"] else None
    return Stats(
        articles=row["articles"],
        people=row["people"],
        characters=row["characters"],
        quotes=row["quotes"],
        newest_article=parse_date(row["newest"]),
        last_update=updated,
        version=version,
    )
