"""Guilds as REST returns them: the guild, its channels, roles and members."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.models import member_payload
from tests.fakediscord.rest.http import Resource, Route, discord_error, json_response


class GuildRoutes(Resource):
    """``/guilds/{guild_id}`` with its channels, roles and members."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_guild_roles),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
        ]

    async def get_guild(self, request: web.Request) -> web.StreamResponse:
        """Guild object (without the gateway-only member/channel lists)."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        data = guild.to_payload(self.fake.bot_user)
        for key in ("members", "channels", "threads", "presences", "voice_states", "joined_at"):
            data.pop(key, None)
        return json_response(data)

    async def get_guild_channels(self, request: web.Request) -> web.StreamResponse:
        """All channels of a guild."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        return json_response([c.to_payload(guild.id) for c in guild.channels])

    async def get_guild_roles(self, request: web.Request) -> web.StreamResponse:
        """All roles of a guild, @everyone first."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, "Unknown Guild", 10004)
        roles = [guild.everyone_role(), *guild.roles]
        return json_response([r.to_payload() for r in roles])

    async def get_member(self, request: web.Request) -> web.StreamResponse:
        """One guild member."""
        guild = self.fake.guild(int(request.match_info["guild_id"]))
        user_id = int(request.match_info["user_id"])
        user = guild.find_member(user_id, self.fake.bot_user) if guild else None
        if user is None:
            return discord_error(404, "Unknown Member", 10007)
        return json_response(member_payload(user))
