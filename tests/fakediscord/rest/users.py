"""Users, DM channels, and what ``Client.login`` reads: the application and the gateway URL."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.models import dm_channel_payload
from tests.fakediscord.rest.http import BODY, Resource, Route, discord_error, json_response


class UserRoutes(Resource):
    """``/users`` (the bot and its servers), ``/gateway`` and ``/applications/@me``."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/@me/guilds", self.get_my_guilds),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/users/{user_id}", self.get_user),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/oauth2/applications/@me", self.get_application),
        ]

    async def get_me(self, request: web.Request) -> web.StreamResponse:
        """``static_login`` calls this; a configured token is checked here (401 -> LoginFailure)."""
        token = request.headers.get("Authorization", "").removeprefix("Bot ")
        if not self.fake.check_token(token):
            return discord_error(401, "401: Unauthorized")
        data = self.fake.bot_user.to_payload()
        data.update(verified=True, mfa_enabled=False, email=None, locale="en-US")
        return json_response(data)

    async def get_my_guilds(self, request: web.Request) -> web.StreamResponse:
        """The servers the bot is in, as partial guilds (``Client.fetch_guilds``), by id."""
        after = int(request.query.get("after", "0"))
        limit = int(request.query.get("limit", "200"))
        guilds = sorted((g for g in self.fake.guilds if g.id > after), key=lambda g: g.id)
        return json_response(
            [
                {"id": str(g.id), "name": g.name, "icon": None, "owner": False,
                 "permissions": "0", "features": []}
                for g in guilds[:limit]
            ]
        )  # fmt: skip

    async def get_user(self, request: web.Request) -> web.StreamResponse:
        """Look up any user the fake knows."""
        user = self.fake.find_user(int(request.match_info["user_id"]))
        if user is None:
            return discord_error(404, "Unknown User", 10013)
        return json_response(user.to_payload())

    async def create_dm(self, request: web.Request) -> web.StreamResponse:
        """Open (or return) the DM channel with a user."""
        recipient_id = int(request[BODY]["recipient_id"])
        user = self.fake.find_user(recipient_id)
        if user is None:
            return discord_error(400, "Invalid Recipient(s)", 50033)
        channel_id = self.fake.dm_channel_id(user)
        return json_response(dm_channel_payload(channel_id, user))

    async def get_gateway(self, request: web.Request) -> web.StreamResponse:
        """``/gateway`` and ``/gateway/bot`` both point at our websocket endpoint."""
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    async def get_application(self, request: web.Request) -> web.StreamResponse:
        """Application info read by ``Client.login`` (``application_info``)."""
        return json_response(self.fake.application_payload())
