"""The alerts' data layer: subscriptions, the transactional outbox, scheduled-event state.

Alerts are queued by :func:`enqueue_article_alerts` inside the ingest transaction that stores
the article, so an article is never stored without its alerts nor alerted without being stored.
The delivery worker then claims due rows, sends them and records the outcome here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.alerts.news_diff import Known, KnownActor, news_item
from bot.answers.alerts import AlertStatus, Delivered, EventState, NewsItem, Subscription
from bot.db.connection import Database
from bot.db.rows import fetch
from bot.facts import Article, ArticleFacts
from bot.names import name_key

DIGEST_THRESHOLD = 3
"""More pending alerts than this for one server at start-up become one catch-up digest."""
RECENT_LIMIT = 5


class Status:
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    DIGESTED = "digested"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    guild_id: int
    kind: str
    payload: str
    attempts: int
    """Attempts including the current one: above 1, an earlier attempt may have posted it."""

    def items(self) -> list[NewsItem]:
        """The article(s) this alert announces: one, or the digest's list."""
        if self.kind == "digest":
            return [NewsItem.from_dict(item) for item in json.loads(self.payload)["items"]]
        return [NewsItem.from_json(self.payload)]


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------- enqueue
def enqueue_article_alerts(
    conn: sqlite3.Connection, file_name: str, article: Article, facts: ArticleFacts
) -> None:
    """Queue one alert per subscribed server for a new article (inside the caller's transaction).

    Called before the article is stored, so "what's new" compares with what was known before.
    """
    item = news_item(file_name, article, facts, known_before(conn, facts))
    conn.execute(
        """
        INSERT INTO alert_outbox (guild_id, kind, file_name, payload, next_attempt_at, created_at)
        SELECT guild_id, 'article', ?, ?, ?, ? FROM alert_subscriptions ORDER BY guild_id
        """,
        (file_name, item.to_json(), time.time(), _now_iso()),
    )


def known_before(conn: sqlite3.Connection, facts: ArticleFacts) -> Known:
    """The snapshot of the knowledge base :func:`bot.alerts.news_diff.whats_new` compares with."""
    premiere = _rows(
        conn,
        """
        SELECT rs.date, a.published FROM release_statements AS rs
        JOIN articles AS a ON a.id = rs.article_id
        WHERE rs.kind = 'premiere_date' AND rs.date IS NOT NULL AND rs.hedged = 0
        ORDER BY a.published DESC NULLS LAST, a.id DESC, rs.id LIMIT 1
        """,
    )
    person_keys = {
        name_key(name)
        for name in (
            *(cast.actor for cast in facts.cast),
            *(crew.name for crew in facts.crew),
        )
    }
    same_person = _aliases(conn, "person_names", "person_id", person_keys)
    actors: dict[str, KnownActor] = {}
    characters = {name_key(cast.character) for cast in facts.cast}
    for character, keys in (_aliases(conn, "character_names", "character_id", characters)).items():
        rows = _rows(
            conn,
            """
            SELECT r.actor_key,
                   coalesce(p.name, (SELECT m.name FROM mentions AS m
                                     WHERE m.kind = 'person' AND m.name_key = r.actor_key
                                     LIMIT 1), r.actor_key) AS actor
            FROM roles AS r JOIN articles AS a ON a.id = r.article_id
            LEFT JOIN person_names AS pn ON pn.name_key = r.actor_key
            LEFT JOIN people AS p ON p.id = pn.person_id
            WHERE r.character_key IN (SELECT value FROM json_each(?)) AND r.status = 'current'
            ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 1
            """,
            (json.dumps(sorted(keys)),),
        )
        if rows:
            actors[character] = KnownActor(rows[0][0], rows[0][1])
    all_people = sorted({key for keys in same_person.values() for key in keys} | person_keys)
    crew = _rows(
        conn,
        "SELECT person_key, role FROM crew_credits"
        " WHERE person_key IN (SELECT value FROM json_each(?))",
        (json.dumps(all_people),),
    )
    quotes = _rows(
        conn,
        "SELECT text FROM quotes WHERE text IN (SELECT value FROM json_each(?))",
        (json.dumps([quote.text for quote in facts.quotes]),),
    )
    return Known(
        premiere=dt.date.fromisoformat(premiere[0][0]) if premiere else None,
        premiere_published=(
            dt.date.fromisoformat(premiere[0][1]) if premiere and premiere[0][1] else None
        ),
        actors=actors,
        same_person=same_person,
        crew=frozenset((row[0], row[1]) for row in crew),
        quote_texts=frozenset(row[0] for row in quotes),
    )


def _aliases(
    conn: sqlite3.Connection, names_table: str, id_column: str, keys: set[str]
) -> dict[str, frozenset[str]]:
    """For each key, every key of the same reconciled entity (just itself if unknown).

    A short name ("priya") not yet reconciled stands for the one known full name it begins
    ("priya raman"), as name reconciliation will decide once the article is stored.
    """
    found: dict[str, frozenset[str]] = {}
    for key in keys:
        rows = _rows(
            conn,
            f"SELECT other.name_key FROM {names_table} AS mine"
            f" JOIN {names_table} AS other ON other.{id_column} = mine.{id_column}"
            " WHERE mine.name_key = ?",
            (key,),
        )
        if not rows and key:
            ids = _rows(
                conn,
                f"SELECT DISTINCT {id_column} FROM {names_table} WHERE substr(name_key, 1, ?) = ?",
                (len(key) + 1, key + " "),
            )
            if len(ids) == 1:
                rows = _rows(
                    conn,
                    f"SELECT name_key FROM {names_table} WHERE {id_column} = ?",
                    (ids[0][0],),
                )
        found[key] = frozenset({key, *(row[0] for row in rows)})
    return found


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
    return conn.execute(sql, params).fetchall()


# ---------------------------------------------------------------------------- subscriptions
async def set_subscription(
    db: Database, guild_id: int, channel_id: int, role_id: int | None, user_id: int
) -> Subscription:
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            """
            INSERT INTO alert_subscriptions (guild_id, channel_id, role_id, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                channel_id = excluded.channel_id, role_id = excluded.role_id,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING guild_id, channel_id, role_id, events_enabled
            """,
            (guild_id, channel_id, role_id, user_id, _now_iso()),
        )
    return _subscription(rows[0])


async def remove_subscription(db: Database, guild_id: int) -> bool:
    """Stop alerts for a server; its undelivered alerts are cancelled. False if it had none."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn, "DELETE FROM alert_subscriptions WHERE guild_id = ? RETURNING 1", (guild_id,)
        )
        await conn.execute(
            "UPDATE alert_outbox SET status = 'cancelled', finished_at = ?,"
            " last_error = 'alerts were turned off' WHERE guild_id = ? AND status = 'pending'",
            (_now_iso(), guild_id),
        )
        await conn.execute("DELETE FROM alert_events WHERE guild_id = ?", (guild_id,))
    return bool(rows)


async def set_events(db: Database, guild_id: int, enabled: bool) -> Subscription | None:
    """Turn premiere events on or off; forgets the last event error so it is tried again."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE alert_subscriptions SET events_enabled = ?, updated_at = ? WHERE guild_id = ?"
            " RETURNING guild_id, channel_id, role_id, events_enabled",
            (int(enabled), _now_iso(), guild_id),
        )
        await conn.execute(
            "UPDATE alert_events SET last_error = NULL WHERE guild_id = ?", (guild_id,)
        )
    return _subscription(rows[0]) if rows else None


async def subscription(db: Database, guild_id: int) -> Subscription | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE guild_id = ?",
            (guild_id,),
        )
    return _subscription(rows[0]) if rows else None


async def event_subscriptions(db: Database) -> list[Subscription]:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE events_enabled = 1 ORDER BY guild_id",
        )
    return [_subscription(row) for row in rows]


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(int(row[0]), int(row[1]), row[2], bool(row[3]))


# ----------------------------------------------------------------------------------- outbox
async def nonce_salt(db: Database) -> str:
    async with db.reading() as conn:
        rows = await fetch(conn, "SELECT value FROM alert_state WHERE key = 'nonce_salt'")
    return str(rows[0][0]) if rows else ""


async def fold_backlog(db: Database, threshold: int = DIGEST_THRESHOLD) -> int:
    """Replace each server's pile of never-tried alerts (more than ``threshold``) by a digest.

    One transaction: the digest row is queued and the alerts it lists are marked ``digested``
    together. Alerts already tried once are left alone, since they may have been posted.
    Returns the number of digests queued.
    """
    async with db.transaction() as conn:
        guilds = await fetch(
            conn,
            "SELECT guild_id FROM alert_outbox WHERE status = 'pending' AND attempts = 0"
            " AND kind = 'article' GROUP BY guild_id HAVING count(*) > ?",
            (threshold,),
        )
        for (guild_id,) in guilds:
            rows = await fetch(
                conn,
                "SELECT id, payload FROM alert_outbox WHERE guild_id = ? AND status = 'pending'"
                " AND attempts = 0 AND kind = 'article' ORDER BY id",
                (guild_id,),
            )
            items = [json.loads(row[1]) for row in rows]
            digest = await fetch(
                conn,
                "INSERT INTO alert_outbox (guild_id, kind, payload, next_attempt_at, created_at)"
                " VALUES (?, 'digest', ?, ?, ?) RETURNING id",
                (
                    guild_id,
                    json.dumps({"items": items}, ensure_ascii=False),
                    time.time(),
                    _now_iso(),
                ),
            )
            await conn.execute(
                "UPDATE alert_outbox SET status = 'digested', digest_id = ?, finished_at = ?"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (digest[0][0], _now_iso(), json.dumps([row[0] for row in rows])),
            )
    return len(guilds)


async def reclaim_after_restart(db: Database) -> None:
    """At start-up, every pending alert is due at once: claims of a crashed run end here."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET next_attempt_at = ? WHERE status = 'pending'", (time.time(),)
        )


async def claim_due(db: Database, lease_seconds: float, limit: int = 20) -> list[OutboxRow]:
    """Take the due alerts: their attempt is counted and they are hidden for ``lease_seconds``.

    Committed before anything is sent, so after a crash an alert with attempts > 1 is known to
    be "in doubt" (it may have been posted) and is checked before it is sent again.
    """
    now = time.time()
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            """
            UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?
            WHERE id IN (SELECT id FROM alert_outbox WHERE status = 'pending'
                         AND next_attempt_at <= ? ORDER BY id LIMIT ?)
            RETURNING id, guild_id, kind, payload, attempts
            """,
            (now + lease_seconds, now, limit),
        )
    return sorted((OutboxRow(*row) for row in rows), key=lambda row: row.id)


async def next_due_at(db: Database) -> float | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn, "SELECT min(next_attempt_at) FROM alert_outbox WHERE status = 'pending'"
        )
    return float(rows[0][0]) if rows and rows[0][0] is not None else None


async def mark_sent(db: Database, row_id: int, channel_id: int, message_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET status = 'sent', channel_id = ?, message_id = ?,"
            " finished_at = ?, last_error = NULL WHERE id = ?",
            (channel_id, message_id, _now_iso(), row_id),
        )


async def mark_retry(db: Database, row_id: int, delay: float, error: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?",
            (time.time() + delay, error, row_id),
        )


async def mark_failed(
    db: Database, row_id: int, error: str, channel_id: int | None, *, cancelled: bool = False
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET status = ?, channel_id = ?, finished_at = ?, last_error = ?"
            " WHERE id = ?",
            (
                Status.CANCELLED if cancelled else Status.FAILED,
                channel_id,
                _now_iso(),
                error,
                row_id,
            ),
        )


async def alert_status(db: Database, guild_id: int) -> AlertStatus:
    """One server's configuration and recent deliveries, for ``/alerts status``."""
    async with db.reading() as conn:
        sub = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE guild_id = ?",
            (guild_id,),
        )
        pending = await fetch(
            conn,
            "SELECT count(*) FROM alert_outbox WHERE guild_id = ? AND status = 'pending'",
            (guild_id,),
        )
        delivered = await _finished(conn, guild_id, Status.SENT)
        failed = await _finished(conn, guild_id, Status.FAILED)
        event = await _event_row(conn, guild_id)
    return AlertStatus(
        _subscription(sub[0]) if sub else None, int(pending[0][0]), delivered, failed, event
    )


async def _finished(
    conn: aiosqlite.Connection, guild_id: int, status: str
) -> tuple[Delivered, ...]:
    rows = await fetch(
        conn,
        "SELECT id, kind, payload, finished_at, channel_id, message_id, last_error"
        " FROM alert_outbox WHERE guild_id = ? AND status = ? ORDER BY id DESC LIMIT ?",
        (guild_id, status, RECENT_LIMIT),
    )
    found = []
    for row in rows:
        payload = json.loads(row["payload"])
        if row["kind"] == "digest":
            title = f"Catch-up digest of {len(payload['items'])} articles"
        else:
            title = str(payload.get("title", ""))
        finished = dt.datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None
        found.append(
            Delivered(
                row["id"], title, finished, row["channel_id"], row["message_id"], row["last_error"]
            )
        )
    return tuple(found)


async def latest_article(db: Database) -> NewsItem | None:
    """The newest article, as a sample for ``/alerts test``."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT file_name, title, published, lede FROM articles"
            " ORDER BY published DESC NULLS LAST, id DESC LIMIT 1",
        )
    if not rows:
        return None
    file_name, title, published, lede = rows[0]
    date = dt.date.fromisoformat(published) if published else None
    return NewsItem(file_name, title or lede or file_name, date, lede)


# ----------------------------------------------------------------------------------- events
async def event_state(db: Database, guild_id: int) -> EventState | None:
    async with db.reading() as conn:
        return await _event_row(conn, guild_id)


async def _event_row(conn: aiosqlite.Connection, guild_id: int) -> EventState | None:
    rows = await fetch(
        conn,
        "SELECT guild_id, event_id, premiere_date, last_error FROM alert_events WHERE guild_id = ?",
        (guild_id,),
    )
    if not rows:
        return None
    guild, event_id, premiere, error = rows[0]
    return EventState(guild, event_id, dt.date.fromisoformat(premiere) if premiere else None, error)


async def save_event_state(
    db: Database,
    guild_id: int,
    event_id: int | None,
    premiere: dt.date | None,
    error: str | None,
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            """
            INSERT INTO alert_events (guild_id, event_id, premiere_date, last_error, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                event_id = excluded.event_id, premiere_date = excluded.premiere_date,
                last_error = excluded.last_error, updated_at = excluded.updated_at
            """,
            (guild_id, event_id, premiere.isoformat() if premiere else None, error, _now_iso()),
        )
