"""Guild scheduled events (the bot's premiere events): create, fetch, edit, delete."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.fakediscord.models import JSON, new_snowflake
from tests.fakediscord.permissions import ADMINISTRATOR, MANAGE_EVENTS
from tests.fakediscord.rest.http import BODY, Resource, Route, discord_error, json_response


class ScheduledEventRoutes(Resource):
    """``/guilds/{guild_id}/scheduled-events[/{event_id}]``."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("POST", "/guilds/{guild_id}/scheduled-events", self.create_event),
            ("GET", "/guilds/{guild_id}/scheduled-events/{event_id}", self.get_event),
            ("PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}", self.edit_event),
            ("DELETE", "/guilds/{guild_id}/scheduled-events/{event_id}", self.delete_event),
        ]

    def _event_guild(self, request: web.Request) -> tuple[Any, web.Response | None]:
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return None, discord_error(404, "Unknown Guild", 10004)
        if not guild.everyone_permissions & (MANAGE_EVENTS | ADMINISTRATOR):
            return guild, discord_error(403, "Missing Permissions", 50013)
        return guild, None

    def _stored_event(self, request: web.Request) -> JSON | None:
        event = self.fake.scheduled_events.get(int(request.match_info["event_id"]))
        if event is None or event["guild_id"] != request.match_info["guild_id"]:
            return None
        return event

    async def create_event(self, request: web.Request) -> web.StreamResponse:
        """``guild.create_scheduled_event``."""
        guild, error = self._event_guild(request)
        if error is not None:
            return error
        body: JSON = request[BODY] or {}
        event_id = new_snowflake()
        event: JSON = {
            "id": str(event_id),
            "guild_id": str(guild.id),
            "channel_id": body.get("channel_id"),
            "creator_id": str(self.fake.bot_user.id),
            "creator": self.fake.bot_user.to_payload(),
            "name": body["name"],
            "description": body.get("description"),
            "scheduled_start_time": body["scheduled_start_time"],
            "scheduled_end_time": body.get("scheduled_end_time"),
            "privacy_level": body.get("privacy_level", 2),
            "status": 1,
            "entity_type": body["entity_type"],
            "entity_id": None,
            "entity_metadata": body.get("entity_metadata"),
            "user_count": 0,
            "image": None,
        }
        self.fake.scheduled_events[event_id] = event
        return json_response(event)

    async def get_event(self, request: web.Request) -> web.StreamResponse:
        event = self._stored_event(request)
        if event is None:
            return discord_error(404, "Unknown Guild Scheduled Event", 10070)
        return json_response(event)

    async def edit_event(self, request: web.Request) -> web.StreamResponse:
        """``ScheduledEvent.edit``: the fields sent replace the stored ones."""
        _, error = self._event_guild(request)
        event = self._stored_event(request)
        if error is not None or event is None:
            return error or discord_error(404, "Unknown Guild Scheduled Event", 10070)
        event.update(request[BODY] or {})
        return json_response(event)

    async def delete_event(self, request: web.Request) -> web.StreamResponse:
        _, error = self._event_guild(request)
        event = self._stored_event(request)
        if error is not None or event is None:
            return error or discord_error(404, "Unknown Guild Scheduled Event", 10070)
        del self.fake.scheduled_events[int(event["id"])]
        return web.Response(status=204)
