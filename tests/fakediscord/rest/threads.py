"""Forum posts: ``POST /channels/{forum_id}/threads`` (a thread with its first message)."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.models import FORUM_REQUIRE_TAG, GUILD_FORUM, JSON
from tests.fakediscord.permissions import (
    EMBED_LINKS,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    bot_channel_permissions,
)
from tests.fakediscord.rest.http import BODY, Resource, Route, discord_error, json_response


class ThreadRoutes(Resource):
    """Creating a post in a forum channel (other kinds of thread are not needed yet)."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [("POST", "/channels/{channel_id}/threads", self.create_thread)]

    async def create_thread(self, request: web.Request) -> web.StreamResponse:
        """``ForumChannel.create_thread``: 404 for an unknown channel, 400 for a channel that
        is not a forum or a tag the forum requires, 403 as for messages (Create Posts is the
        Send Messages bit)."""
        guild, channel = self.fake.find_channel(int(request.match_info["channel_id"]))
        if guild is None or channel is None:
            return discord_error(404, "Unknown Channel", 10003)
        if channel.type != GUILD_FORUM:
            return discord_error(400, "Only forum posts are supported by the fake", 50024)
        allowed = bot_channel_permissions(guild, channel)
        if not allowed & VIEW_CHANNEL:
            return discord_error(403, "Missing Access", 50001)
        body: JSON = request[BODY] or {}
        wants_embeds = bool((body.get("message") or {}).get("embeds"))
        if not allowed & SEND_MESSAGES or (wants_embeds and not allowed & EMBED_LINKS):
            return discord_error(403, "Missing Permissions", 50013)
        if channel.flags & FORUM_REQUIRE_TAG and not body.get("applied_tags"):
            return discord_error(400, "A tag is required to create a forum post", 40067)
        return json_response(await self.fake.create_forum_post(guild, channel, body))
