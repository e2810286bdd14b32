"""The bot's answers to interactions: the callback, then followups and edits through the webhook."""

from __future__ import annotations

from aiohttp import web

from tests.fakediscord.messages import apply_message_edit
from tests.fakediscord.models import JSON
from tests.fakediscord.records import (
    CALLBACK_DEFERRED_MESSAGE,
    CALLBACK_DEFERRED_UPDATE,
    CALLBACK_MESSAGE,
    CALLBACK_UPDATE_MESSAGE,
    FakeInteraction,
    InteractionCallback,
    UploadedFile,
    attach_files,
)
from tests.fakediscord.rest.http import (
    BODY,
    FILES,
    RECEIVED_AT,
    Resource,
    Route,
    discord_error,
    json_response,
)

DEFERRALS = (CALLBACK_DEFERRED_MESSAGE, CALLBACK_DEFERRED_UPDATE)
"""Callbacks that acknowledge without answering: the answer follows as an edit or followup."""


def _answered(interaction: FakeInteraction, request: web.Request) -> None:
    """The first edit or followup after a deferral is when the member sees the answer."""
    if interaction.answered_at is None:
        interaction.answered_at = request[RECEIVED_AT]


class InteractionRoutes(Resource):
    """``/interactions/{id}/{token}/callback`` and ``/webhooks/{app_id}/{token}/...``."""

    def routes(self) -> list[Route]:
        """See :meth:`Resource.routes`."""
        return [
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.callback),
            ("POST", "/webhooks/{app_id}/{token}", self.followup),
            ("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.get_webhook_message),
            (
                "PATCH",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.edit_webhook_message,
            ),
            (
                "DELETE",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.delete_webhook_message,
            ),
        ]

    async def callback(self, request: web.Request) -> web.StreamResponse:
        """Interaction callback; answers the InteractionCallbackResponse discord.py parses."""
        interaction = self.fake.interactions_by_id.get(int(request.match_info["interaction_id"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            return discord_error(404, "Unknown interaction", 10062)
        if interaction.callbacks:
            return discord_error(400, "Interaction has already been acknowledged.", 40060)
        body: JSON = request[BODY] or {}
        files: list[UploadedFile] = request[FILES]
        callback_type = int(body.get("type", 0))
        data = attach_files(dict(body.get("data") or {}), files)
        received_at = request[RECEIVED_AT]
        interaction.callbacks.append(
            InteractionCallback(interaction, callback_type, data, files, received_at)
        )
        if callback_type not in DEFERRALS:
            interaction.answered_at = received_at

        message: JSON | None = None
        flags = int(data.get("flags") or 0)
        if callback_type == CALLBACK_MESSAGE:
            message = self.fake.new_interaction_message(interaction, data)
            interaction.original = message
        elif callback_type == CALLBACK_DEFERRED_MESSAGE:
            message = self.fake.new_interaction_message(
                interaction, {"content": "", "flags": (flags & 64) | 128}
            )
            interaction.original = message
        elif callback_type in (CALLBACK_UPDATE_MESSAGE, CALLBACK_DEFERRED_UPDATE):
            # A component's message is the interaction's original: later edits of @original
            # change it, as on Discord.
            source = interaction.payload.get("message")
            if source is not None:
                stored: JSON = self.fake.messages_by_id.get(int(source["id"])) or source
                message = stored
                if callback_type == CALLBACK_UPDATE_MESSAGE:
                    message = apply_message_edit(stored, data)
                interaction.original = message
        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        flags = int(message.get("flags") or 0) if message else flags
        response: JSON = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.payload["type"],
                "response_message_id": message["id"] if message else None,
                "response_message_loading": callback_type == CALLBACK_DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(flags & 64),
            }
        }
        if message is not None:
            response["resource"] = {"type": callback_type, "message": message}
        return json_response(response)

    def _interaction_for_webhook(self, request: web.Request) -> FakeInteraction | None:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            return None
        return self.fake.interactions_by_token.get(request.match_info["token"])

    async def followup(self, request: web.Request) -> web.StreamResponse:
        """``POST /webhooks/{app}/{token}``: interaction followup message."""
        interaction = self._interaction_for_webhook(request)
        if interaction is None or not interaction.callbacks:
            return discord_error(404, "Unknown Webhook", 10015)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        message = self.fake.new_interaction_message(interaction, body, followup=True)
        interaction.followups.append(message)
        _answered(interaction, request)
        if request.query.get("wait", "0").lower() in ("1", "true"):
            return json_response(message)
        return web.Response(status=204)

    def _webhook_message(
        self, request: web.Request
    ) -> tuple[FakeInteraction | None, JSON | None, web.Response | None]:
        interaction = self._interaction_for_webhook(request)
        if interaction is None:
            return None, None, discord_error(404, "Unknown Webhook", 10015)
        message_id = request.match_info["message_id"]
        if message_id == "@original":
            message = None if interaction.original_deleted else interaction.original
        else:
            message = next((m for m in interaction.followups if m["id"] == message_id), None)
        if message is None:
            return interaction, None, discord_error(404, "Unknown Message", 10008)
        return interaction, message, None

    async def get_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``GET .../messages/@original`` or a followup."""
        _, message, error = self._webhook_message(request)
        return error or json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``PATCH .../messages/@original|{id}``: edit; clears the "thinking" flag."""
        interaction, message, error = self._webhook_message(request)
        if error is not None or interaction is None or message is None:
            return error or discord_error(404, "Unknown Message", 10008)
        body = attach_files(dict(request[BODY] or {}), request[FILES])
        message["flags"] = int(message.get("flags") or 0) & ~128
        apply_message_edit(message, body)
        if request.match_info["message_id"] == "@original":
            interaction.original_edits.append(body)
            _answered(interaction, request)
        else:
            interaction.followup_edits.append({"id": message["id"], **body})
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.StreamResponse:
        """``DELETE .../messages/@original|{id}``."""
        interaction, message, error = self._webhook_message(request)
        if error is not None or interaction is None or message is None:
            return error or discord_error(404, "Unknown Message", 10008)
        if request.match_info["message_id"] == "@original":
            interaction.original_deleted = True
        else:
            interaction.followups.remove(message)
        self.fake.messages_by_id.pop(int(message["id"]), None)
        return web.Response(status=204)
