"""Plumbing every REST handler shares: decoding bodies, Discord-shaped answers, the route groups.

Each module beside this one is a :class:`Resource`: the routes of one kind of Discord object,
whose handlers read and change the world on ``self.fake``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from tests.fakediscord.records import UploadedFile

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Route = tuple[str, str, Handler]
"""``(method, path below /api/v10, handler)``."""
BODY: web.RequestKey[Any] = web.RequestKey("fakediscord_body", object)
FILES: web.RequestKey[list[UploadedFile]] = web.RequestKey("fakediscord_files", list)
RECEIVED_AT: web.RequestKey[float] = web.RequestKey("fakediscord_received_at", float)
"""``time.perf_counter()`` when the request reached the fake (before its body was read)."""


class Resource:
    """The routes of one kind of Discord object; all world state lives on ``self.fake``."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def routes(self) -> list[Route]:
        """Every route of this resource, in the order the router tries them."""
        raise NotImplementedError


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON response with a bare ``application/json`` content type.

    discord.py's ``json_or_text`` only decodes when the header is exactly that string, so
    aiohttp's ``json_response`` (which appends ``; charset=utf-8``) would not do.
    """
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def discord_error(status: int, message: str, code: int = 0) -> web.Response:
    """JSON error body shaped like Discord's."""
    return json_response({"message": message, "code": code}, status=status)


async def read_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    """Decode a JSON or multipart (``payload_json`` + ``files[n]``) request body."""
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        payload: Any = None
        files: list[UploadedFile] = []
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(
                part, aiohttp.BodyPartReader
            ):  # nested multipart: not used by Discord
                continue
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                files.append(
                    UploadedFile(
                        field=part.name or "",
                        filename=part.filename or "",
                        content_type=part.headers.get("Content-Type", ""),
                        data=bytes(await part.read()),
                    )
                )
        return payload, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        return raw.decode(errors="replace"), []
