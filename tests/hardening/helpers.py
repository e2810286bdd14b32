"""Shared by the hardening tests: invented articles, the bot as a subprocess, payload checks."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

_FIRST = ["Orla", "Bastian", "Mireille", "Tobiah", "Quenby", "Ysolde", "Caspian", "Linnea"]
_LAST = ["Thornquist", "Vandermolen", "Achterberg", "Lisowski", "Okonkwo", "Halvorsen"]
_CHARACTERS = ["Wren", "Juniper", "Ashby", "Marlow", "Pim", "Sable", "Tamsin", "Corwin"]


def invented_article(number: int, rng: random.Random) -> str:
    """A small article about invented people: one casting and one quote."""
    actor = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    character = f"{rng.choice(_CHARACTERS)} {rng.choice(_LAST)}"
    return (
        f" date 2025-{1 + number % 12:02d}-{1 + number % 28:02d} Casting news number {number}.\n"
        f"Invented Film Casting Update {number}\n"
        f"{actor} will play {character} in the film. "
        f"“It is a joy to be part of this story,” {actor} said.\n"
    )


def write_invented_articles(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:05d}_invented.txt"
        path.write_text(invented_article(number, rng), encoding="utf-8")
        paths.append(path)
    return paths


def bot_env(**settings: str) -> dict[str, str]:
    """The environment for ``python -m bot`` subprocesses: this checkout, no real Discord."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISCORD_TOKEN", "DEV_GUILD_ID", "DISCORD_API_BASE", "DISCORD_GATEWAY_URL"}
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update(settings)
    return env


PYTHON = sys.executable

DISCORD_LIMITS = {"title": 256, "description": 4096, "fields": 25, "name": 256, "value": 1024}
DISCORD_LIMITS |= {"footer": 2048, "author": 256, "total": 6000, "content": 2000, "embeds": 10}


def text_of(message: dict[str, Any]) -> str:
    """Everything a member reads in a message: content and every embed's text."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']} {f['value']}" for f in embed.get("fields") or []]
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(parts)


def embed_problems(embed: dict[str, Any]) -> list[str]:
    """Ways an embed breaks Discord's limits (empty when it fits)."""
    problems = []
    total = 0
    for key in ("title", "description"):
        text = embed.get(key) or ""
        total += len(text)
        if len(text) > DISCORD_LIMITS[key]:
            problems.append(f"{key} has {len(text)} characters")
    fields = embed.get("fields") or []
    if len(fields) > DISCORD_LIMITS["fields"]:
        problems.append(f"{len(fields)} fields")
    for field in fields:
        total += len(field["name"]) + len(field["value"])
        if len(field["name"]) > DISCORD_LIMITS["name"] or not field["name"]:
            problems.append(f"field name of {len(field['name'])} characters")
        if len(field["value"]) > DISCORD_LIMITS["value"] or not field["value"]:
            problems.append(f"field value of {len(field['value'])} characters")
    footer = (embed.get("footer") or {}).get("text") or ""
    total += len(footer)
    if len(footer) > DISCORD_LIMITS["footer"]:
        problems.append(f"footer of {len(footer)} characters")
    if total > DISCORD_LIMITS["total"]:
        problems.append(f"{total} characters in all")
    return problems


def mention_problems(body: Any, allowed_roles: frozenset[int] = frozenset()) -> list[str]:
    """Ways a message payload could ping someone it should not (empty when it cannot)."""
    if not isinstance(body, dict):
        return []
    data = body.get("data") if isinstance(body.get("data"), dict) else body
    has_text = data.get("content") or data.get("embeds")
    if not has_text:
        return []
    allowed = data.get("allowed_mentions")
    if allowed is None:
        return ["no allowed_mentions: Discord would parse every mention in the text"]
    problems = []
    if allowed.get("parse"):
        problems.append(f"parses {allowed['parse']}")
    roles = {int(role) for role in allowed.get("roles") or []}
    if not roles <= allowed_roles:
        problems.append(f"pings roles {roles - allowed_roles}")
    if allowed.get("users"):
        problems.append(f"pings users {allowed['users']}")
    return problems


_ALERT_NUMBER = re.compile(r"^News alert #(\d+)")


def alerts_posted(messages: list[dict[str, Any]], database: Path) -> Counter[tuple[int, str]]:
    """How often each (server, article file) was announced by the alert messages posted: a
    digest counts once for each article it lists. Read from the messages' footers (the alert's
    number) and the outbox rows they name; a message naming no row counts as ``(0, "?")``."""
    with contextlib.closing(sqlite3.connect(database, timeout=10)) as conn:
        rows = {
            row[0]: (row[1], row[2], row[3])
            for row in conn.execute("SELECT id, guild_id, kind, payload FROM alert_outbox")
        }
    counts: Counter[tuple[int, str]] = Counter()
    for message in messages:
        footer = ((message.get("embeds") or [{}])[0].get("footer") or {}).get("text") or ""
        number = _ALERT_NUMBER.match(footer)
        if number is None or int(number[1]) not in rows:
            counts[(0, "?")] += 1
            continue
        guild_id, kind, payload = rows[int(number[1])]
        data = json.loads(payload)
        for item in data["items"] if kind == "digest" else [data]:
            counts[(guild_id, item["file_name"])] += 1
    return counts
