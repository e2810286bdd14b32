"""Application commands: ``tree.sync`` stores them here, per scope (global or one guild)."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.rest.http import BODY, Resource, Route, discord_error, json_response


class CommandRoutes(Resource):
    """``/applications/{app_id}[/guilds/{guild_id}]/commands[/{command_id}]``."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("GET", "/applications/{app_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/commands", self.post_command),
            ("GET", "/applications/{app_id}/commands/{command_id}", self.get_command),
            ("DELETE", "/applications/{app_id}/commands/{command_id}", self.delete_command),
            ("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self.put_commands),
            ("POST", "/applications/{app_id}/guilds/{guild_id}/commands", self.post_command),
            (
                "GET",
                "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}",
                self.get_command,
            ),
            (
                "DELETE",
                "/applications/{app_id}/guilds/{guild_id}/commands/{command_id}",
                self.delete_command,
            ),
        ]

    def _check_app(self, request: web.Request) -> web.Response | None:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            return discord_error(404, "Unknown Application", 10002)
        return None

    @staticmethod
    def _guild_id(request: web.Request) -> int | None:
        raw = request.match_info.get("guild_id")
        return int(raw) if raw else None

    async def get_commands(self, request: web.Request) -> web.StreamResponse:
        """List stored global or guild commands."""
        if (error := self._check_app(request)) is not None:
            return error
        return json_response(self.fake.commands(self._guild_id(request)))

    async def put_commands(self, request: web.Request) -> web.StreamResponse:
        """Bulk overwrite (``tree.sync``): store and return with ids."""
        if (error := self._check_app(request)) is not None:
            return error
        stored = self.fake.store_commands(self._guild_id(request), list(request[BODY] or []))
        return json_response(stored)

    async def post_command(self, request: web.Request) -> web.StreamResponse:
        """Upsert one command (by name)."""
        if (error := self._check_app(request)) is not None:
            return error
        guild_id = self._guild_id(request)
        existing = [c for c in self.fake.commands(guild_id) if c["name"] != request[BODY]["name"]]
        stored = self.fake.store_commands(guild_id, [*existing, request[BODY]])
        created = next(c for c in stored if c["name"] == request[BODY]["name"])
        return json_response(created, status=201)

    async def get_command(self, request: web.Request) -> web.StreamResponse:
        """Fetch one stored command by id."""
        if (error := self._check_app(request)) is not None:
            return error
        command_id = request.match_info["command_id"]
        for command in self.fake.commands(self._guild_id(request)):
            if command["id"] == command_id:
                return json_response(command)
        return discord_error(404, "Unknown application command", 10063)

    async def delete_command(self, request: web.Request) -> web.StreamResponse:
        """Delete one stored command by id."""
        if (error := self._check_app(request)) is not None:
            return error
        guild_id = self._guild_id(request)
        command_id = request.match_info["command_id"]
        remaining = [c for c in self.fake.commands(guild_id) if c["id"] != command_id]
        self.fake.store_commands(guild_id, remaining)
        return web.Response(status=204)
