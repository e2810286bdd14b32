"""Backups and exports of the database, for operators.

``backup`` copies the live database with SQLite's online backup API, so it is consistent even
while the bot runs. ``export`` writes what the bot knows as JSON, for people and other tools:
every fact with its id, the moderators' corrections and each server's moderator role.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

from bot.db.connection import Database
from bot.db.rows import fetch
from bot.errors import OperatorError


class BackupError(OperatorError):
    """The backup could not be written; the message says why."""


async def backup_database(source: Path, target: Path) -> int:
    """Copy the database at ``source`` to ``target`` (a new file); returns its size in bytes."""
    return await asyncio.to_thread(_copy, source, target)


def _copy(source: Path, target: Path) -> int:
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name")
    if not source.is_file():
        raise BackupError(f"there is no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        live = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        copy = sqlite3.connect(partial)
        try:
            live.backup(copy)
        finally:
            copy.close()
            live.close()
        partial.replace(target)
        return target.stat().st_size
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        if "not a database" in str(error) or "malformed" in str(error):
            raise BackupError(f"{source} is not a usable SQLite database: {error}") from error
        raise BackupError(f"cannot write {target}: {error}") from error
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot write {target}: {error}") from error


_EXPORT_QUERIES = {
    "articles": """
        SELECT file_name, published, title, lede, url FROM articles
        ORDER BY published NULLS FIRST, id""",
    "people": """
        SELECT p.name, json_group_array(n.name) AS spellings FROM people AS p
        JOIN person_names AS n ON n.person_id = p.id GROUP BY p.id ORDER BY p.name""",
    "characters": """
        SELECT c.name, json_group_array(n.name) AS spellings FROM characters AS c
        JOIN character_names AS n ON n.character_id = c.id GROUP BY c.id ORDER BY c.name""",
    "roles": """
        SELECT 'cast-' || r.fact_id AS fact_id, a.file_name AS article,
               coalesce(p.name, r.actor_key) AS actor,
               coalesce(c.name, r.character_key) AS character, r.status, r.evidence,
               r.confidence, r.doubt, r.served, r.corrected
        FROM roles AS r JOIN articles AS a ON a.id = r.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = r.actor_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        LEFT JOIN character_names AS cn ON cn.name_key = r.character_key
        LEFT JOIN characters AS c ON c.id = cn.character_id
        ORDER BY a.published NULLS FIRST, r.id""",
    "crew": """
        SELECT 'crew-' || cc.fact_id AS fact_id, a.file_name AS article,
               coalesce(p.name, cc.person_key) AS name, cc.role,
               cc.evidence, cc.confidence, cc.doubt, cc.served, cc.corrected
        FROM crew_credits AS cc JOIN articles AS a ON a.id = cc.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = cc.person_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        ORDER BY a.published NULLS FIRST, cc.id""",
    "release_statements": """
        SELECT 'release-' || rs.fact_id AS fact_id, a.file_name AS article, rs.kind, rs.date,
               rs.period, rs.title, rs.hedged, rs.evidence, rs.confidence, rs.doubt, rs.served,
               rs.corrected
        FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
        ORDER BY a.published NULLS FIRST, rs.id""",
    "quotes": """
        SELECT q.id, a.file_name AS article, coalesce(p.name, q.speaker_label) AS speaker,
               q.source, q.text, q.attribution, q.confidence, q.doubt, q.served, q.corrected
        FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = q.speaker_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        ORDER BY q.id""",
    "corrections": """
        SELECT id AS number, action, fact_kind || '-' || fact_number AS fact_id,
               file_name AS article, subject, value, previous, name_kind, reason, guild_id,
               user_id, created_at, undone_at, undone_by, undone_guild_id
        FROM corrections ORDER BY id""",
    "moderator_roles": """
        SELECT guild_id, role_id, updated_by, updated_at FROM moderator_roles
        ORDER BY guild_id""",
}
_JSON_COLUMNS = {"spellings"}


async def export_knowledge(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Everything the bot learnt, table by table, with names spelled as the bot shows them."""
    exported: dict[str, list[dict[str, Any]]] = {}
    async with db.reading() as conn:
        for name, sql in _EXPORT_QUERIES.items():
            rows = await fetch(conn, sql)
            exported[name] = [
                {
                    key: json.loads(row[key]) if key in _JSON_COLUMNS else row[key]
                    for key in row.keys()  # noqa: SIM118 (iterating a Row yields its values)
                }
                for row in rows
            ]
    return exported
