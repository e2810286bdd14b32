"""Stable fact ids: the same fact of the same article file keeps its id, and no id is reused.

A fact is identified by its article file, its kind and its content key (see
:mod:`bot.corrections`). A stored fact row holds its own identity; just before rows are deleted
(an article read again or removed), their identities are kept in ``fact_keys``, where the same
fact finds its id again when it is written back. A new fact takes the next number of its kind
(``fact_numbers``). Every function takes the bulk ``writer`` (see :mod:`bot.db`) and is one
step inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from bot.corrections import FactKind
from bot.db.fact_rows import CONTENT_SQL, ID_COLUMNS

_KEEP = "INSERT OR IGNORE INTO fact_keys (file_name, kind, content, number) " + " UNION ALL ".join(
    f"SELECT ?2, '{kind.value}', {CONTENT_SQL[kind].format(t='f')}, f.{column}"
    f" FROM {table} AS f WHERE f.article_id = ?1 AND f.{column} IS NOT NULL"
    for kind, (table, column) in ID_COLUMNS.items()
)
_STORED = "SELECT kind, content, number FROM fact_keys WHERE file_name = ?"
_TAKE_NUMBERS = """
    UPDATE fact_numbers SET last = last + CASE kind
        WHEN 'cast' THEN ?1 WHEN 'crew' THEN ?2 WHEN 'release' THEN ?3 ELSE ?4 END
    RETURNING kind, last
"""
_KINDS = tuple(FactKind)
"""The order of :data:`_TAKE_NUMBERS`' parameters."""


def keep_identities(writer: sqlite3.Connection, article_id: int, file_name: str) -> None:
    """Keep the ids of an article's stored facts before they are deleted or replaced."""
    writer.execute(_KEEP, (article_id, file_name))


def number_facts(
    writer: sqlite3.Connection, file_name: str, keys: Sequence[tuple[FactKind, Sequence[str]]]
) -> dict[FactKind, dict[str, int]]:
    """The id of each fact an article has (``keys``: each kind's content keys, each once):
    its old one if it was ever stored from this file, else the next of its kind.

    Called for every article written, so kept lean: a new file costs two statements.
    """
    stored: dict[str, dict[str, int]] = {}
    for kind, content, number in writer.execute(_STORED, (file_name,)):
        stored.setdefault(kind, {})[content] = number
    numbers: dict[FactKind, dict[str, int]] = {}
    fresh: dict[str, list[str]] = {}
    for kind, contents in keys:
        old = stored.get(kind)
        if old is None:
            numbers[kind], fresh[kind] = {}, list(contents)
            continue
        numbers[kind] = {content: old[content] for content in contents if content in old}
        if unseen := [content for content in contents if content not in old]:
            fresh[kind] = unseen
    if fresh:
        wanted = [len(fresh.get(kind, ())) for kind in _KINDS]
        for kind, last in writer.execute(_TAKE_NUMBERS, wanted):
            if new := fresh.get(kind):
                first = last - len(new) + 1
                numbers[FactKind(kind)].update(zip(new, range(first, last + 1), strict=True))
    return numbers
