"""The premiere as a Discord scheduled event, in each server with ``/alerts events on``.

The date comes from the knowledge base (the newest announced premiere). The event is created
when a date is announced, moved when it moves, and deleted when the date is retracted. A server
where the bot lacks Manage Events is told once (the error is stored and shown in
``/alerts status``) and not retried until the date changes or events are turned on again.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import discord

from bot.answers.alerts import ServerAlerts
from bot.answers.lookups import ReleaseInfo
from bot.db.connection import Database
from bot.db.subscriptions import event_servers, event_state, save_event_state

log = logging.getLogger(__name__)

EVENT_START = dt.time(12, 0)
"""Articles give a day, not a time: the event starts at noon UTC (the same calendar day from
UTC-11 to UTC+11) and lasts :data:`EVENT_LENGTH`."""
EVENT_LENGTH = dt.timedelta(hours=3)
MISSING_PERMISSION = "the bot lacks the Manage Events permission, so no event was created"


def known_premiere(info: ReleaseInfo) -> dt.date | None:
    """The premiere date the knowledge states outright (not a hedged one), if any."""
    if info.premiere is None or info.premiere.hedged:
        return None
    return dt.date.fromisoformat(info.premiere.value)


def event_times(premiere: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(premiere, EVENT_START, tzinfo=dt.UTC)
    return start, start + EVENT_LENGTH


async def sync_premiere_events(
    client: discord.Client,
    db: Database,
    premiere: dt.date | None,
    name: str,
    location: str,
    *,
    only_guild: int | None = None,
) -> None:
    """Bring the premiere event of every server with events on in line with ``premiere``."""
    for server in await event_servers(db):
        if only_guild is not None and server.guild_id != only_guild:
            continue
        try:
            await _sync_one(
                client=client,
                db=db,
                server=server,
                premiere=premiere,
                name=name[:100],
                location=location[:100],
            )
        except Exception:
            log.exception("could not sync the premiere event in guild %d", server.guild_id)


async def _sync_one(
    *,
    client: discord.Client,
    db: Database,
    server: ServerAlerts,
    premiere: dt.date | None,
    name: str,
    location: str,
) -> None:
    guild = client.get_guild(server.guild_id)
    if guild is None:
        return
    state = await event_state(db, server.guild_id)
    if (
        state is not None
        and state.premiere_date == premiere
        and (state.event_id or state.last_error)
    ):
        return  # in step, or already told why it cannot be
    now = dt.datetime.now(dt.UTC)
    try:
        if premiere is None or event_times(premiere)[0] <= now:
            if state is not None and state.event_id is not None and premiere is None:
                event = await guild.fetch_scheduled_event(state.event_id)
                await event.delete(reason="the premiere date was retracted")
            await save_event_state(db, server.guild_id, None, premiere, None)
            return
        start, end = event_times(premiere)
        event_id = await _move_or_create(
            guild=guild,
            event_id=state.event_id if state else None,
            name=name,
            location=location,
            start=start,
            end=end,
        )
    except discord.NotFound:
        await save_event_state(db, server.guild_id, None, premiere, None)
        return
    except discord.Forbidden:
        log.warning("guild %d: %s", server.guild_id, MISSING_PERMISSION)
        await save_event_state(db, server.guild_id, None, premiere, MISSING_PERMISSION)
        return
    except discord.HTTPException as error:
        await save_event_state(
            db, server.guild_id, None, premiere, f"Discord refused the event ({error.status})"
        )
        return
    await save_event_state(db, server.guild_id, event_id, premiere, None)


async def _move_or_create(
    *,
    guild: discord.Guild,
    event_id: int | None,
    name: str,
    location: str,
    start: dt.datetime,
    end: dt.datetime,
) -> int:
    details: dict[str, Any] = {
        "name": name,
        "start_time": start,
        "end_time": end,
        "entity_type": discord.EntityType.external,
        "location": location,
        "privacy_level": discord.PrivacyLevel.guild_only,
    }
    if event_id is not None:
        try:
            event = await guild.fetch_scheduled_event(event_id)
        except discord.NotFound:
            pass  # deleted by a moderator: create a new one
        else:
            return (await event.edit(**details)).id
    description = "Created by the bot from the news it read; it moves if the date moves."
    created = await guild.create_scheduled_event(**details, description=description)
    return created.id
