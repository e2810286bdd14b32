"""An article's facts as table rows, with the moderators' corrections applied.

Built where the facts are extracted (a worker process for a big batch), so writing an article
costs the writer little more than SQLite's own work; built again by the writer for the rare
article some correction applies to (:class:`~bot.corrections.ArticleCorrections`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import msgspec

from bot.corrections import NO_CORRECTIONS, ArticleCorrections, FactKind, content_key
from bot.facts import ArticleFacts
from bot.names import name_key

if TYPE_CHECKING:
    from bot.corrections import Fact

Row = tuple[object, ...]

CONTENT_SQL = {
    FactKind.CAST: "{t}.actor_key || '|' || {t}.character_key || '|' || {t}.status",
    FactKind.CREW: "{t}.person_key || '|' || {t}.role",
    FactKind.RELEASE: "{t}.kind || '|' || ifnull({t}.date, '') || '|' || ifnull({t}.period, '')"
    " || '|' || ifnull({t}.title, '') || '|' || {t}.hedged",
    FactKind.QUOTE: "{t}.text",
}
"""A stored fact's content key, in SQL over its row (``{t}``: the table's alias): the same as
:func:`bot.corrections.content_key` of the fact it was stored from."""
ID_COLUMNS = {
    FactKind.CAST: ("roles", "fact_id"),
    FactKind.CREW: ("crew_credits", "fact_id"),
    FactKind.RELEASE: ("release_statements", "fact_id"),
    FactKind.QUOTE: ("quotes", "id"),
}
"""Each kind's table, and the column holding its facts' ids."""


class FactRows(msgspec.Struct, frozen=True):
    """An article's facts as rows, less the article id and file name the writer binds.

    Each fact row ends with the fact's content key (its identity within the article, from
    which the writer finds its stable id).
    """

    mentions: tuple[Row, ...]
    roles: tuple[Row, ...]
    crew: tuple[Row, ...]
    release: tuple[Row, ...]
    quote_texts: str
    """The JSON list of the article's quote texts (quotes no longer in it are deleted)."""
    quotes: tuple[Row, ...]
    keys: tuple[tuple[FactKind, tuple[str, ...]], ...]
    """For each kind of fact the article has: their content keys, in order, each once."""

    @classmethod
    def of(cls, facts: ArticleFacts, corrections: ArticleCorrections = NO_CORRECTIONS) -> FactRows:
        facts = corrections.fixed(facts)

        def judged(fact: Fact) -> Row:
            """How sure the extractor was, why it doubted, whether members may be told the
            fact, whether a correction applies to it, and its content key."""
            state = corrections.state(fact)
            return (
                fact.confidence,
                fact.doubt,
                int(state.served),
                int(state.corrected),
                content_key(fact),
            )

        roles = tuple(
            (
                name_key(c.actor),
                name_key(c.character),
                c.status.value,
                c.evidence,
                *_named(judged(c), c.actor, c.character),
            )
            for c in facts.cast
        )
        crew = tuple(
            (name_key(c.name), c.role.value, c.evidence, *_named(judged(c), c.name))
            for c in facts.crew
        )
        release = tuple(
            (
                r.kind.value,
                r.date.isoformat() if r.date else None,
                r.window,
                r.title,
                int(r.hedged),
                r.evidence,
                *judged(r),
            )
            for r in facts.release
        )
        quotes = tuple(
            (
                position,
                quote.text,
                name_key(quote.speaker) if quote.speaker_is_person else None,
                quote.speaker,
                quote.source.value,
                quote.attribution,
                int(quote.fragment),
                *judged(quote),
            )
            for position, quote in enumerate(facts.quotes)
        )
        listed = (
            (FactKind.CAST, roles),
            (FactKind.CREW, crew),
            (FactKind.RELEASE, release),
            (FactKind.QUOTE, quotes),
        )
        return cls(
            mentions=_mention_rows(facts, corrections.served(facts)),
            roles=roles,
            crew=crew,
            release=release,
            quote_texts=json.dumps([quote.text for quote in facts.quotes]),
            quotes=quotes,
            keys=tuple(
                (kind, tuple(dict.fromkeys(str(row[-1]) for row in rows)))
                for kind, rows in listed
                if rows
            ),
        )


def _named(judged: Row, *names: str) -> Row:
    """The judgement with the fact's names as written put before its content key."""
    return (*judged[:-1], *names, judged[-1])


def _mention_rows(facts: ArticleFacts, served: ArticleFacts) -> tuple[Row, ...]:
    """The names the article uses: everyone it names in full, and the names in its served
    facts (a held fact's names may be a misreading, e.g. a title taken for a character)."""
    people = [
        *facts.people,
        *(cast.actor for cast in served.cast),
        *(crew.name for crew in served.crew),
        *(quote.speaker for quote in served.quotes if quote.speaker_is_person),
    ]
    characters = [cast.character for cast in served.cast]
    rows = {
        (kind, key): name
        for kind, names in (("character", characters), ("person", people))
        for name in reversed(names)
        if (key := name_key(name))
    }
    return tuple((kind, key, name) for (kind, key), name in rows.items())
