"""Gateway v10 half of the fake: one websocket endpoint speaking the JSON protocol.

It implements the parts an unmodified discord.py client exercises: HELLO/heartbeat,
IDENTIFY -> READY + GUILD_CREATE, RESUME with replay of missed dispatches, op 7/op 9,
server-side closes with arbitrary codes and the ``zlib-stream`` (or ``zstd-stream``)
transport compression selected by the ``compress`` query parameter.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiohttp import WSMsgType, web

JSON = dict[str, Any]

log = logging.getLogger("fakediscord.gateway")

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11


class _Compressor(Protocol):
    def __call__(self, text: str) -> bytes | str: ...


def make_compressor(kind: str | None) -> _Compressor:
    """Return a per-connection encoder for the requested transport compression.

    ``zlib-stream`` is one shared compressobj per connection, every message ending in
    a Z_SYNC_FLUSH marker (discord.py buffers until it sees ``00 00 ff ff``).
    ``zstd-stream`` is used by discord.py when ``zstandard``/``compression.zstd`` is
    importable; each message is then a standalone frame.  Without such a module here we
    fall back to text frames, which the client accepts regardless of what it asked for.
    """
    if kind == "zlib-stream":
        compressor = zlib.compressobj()

        def zlib_encode(text: str) -> bytes:
            raw = text.encode()
            return compressor.compress(raw) + compressor.flush(zlib.Z_SYNC_FLUSH)

        return zlib_encode
    if kind == "zstd-stream":
        try:
            import zstandard  # type: ignore[import-not-found]
        except ImportError:
            log.warning("client asked for zstd-stream; zstandard missing, sending text frames")
        else:
            zstd = zstandard.ZstdCompressor()

            def zstd_encode(text: str) -> bytes:
                return bytes(zstd.compress(text.encode()))

            return zstd_encode

    def plain(text: str) -> str:
        return text

    return plain


@dataclass
class GatewayFrame:
    """One frame seen on the gateway, for assertions (``direction`` is "in" or "out")."""

    direction: str
    op: int
    event: str | None
    seq: int | None
    data: Any


@dataclass
class _Session:
    """A gateway session: what RESUME needs (id, sequence, backlog of dispatches)."""

    session_id: str
    seq: int = 0
    backlog: list[tuple[int, str, JSON]] = field(default_factory=list)
    resumable: bool = True


class GatewayConnection:
    """One accepted websocket; sends go through a lock so replays keep their order."""

    def __init__(self, ws: web.WebSocketResponse, compress: str | None) -> None:
        self.ws = ws
        self.encode = make_compressor(compress)
        self.compress = compress
        self.lock = asyncio.Lock()
        self.live = False  # True once IDENTIFY/RESUME completed: dispatches may flow
        self.closed = asyncio.Event()

    async def send(self, payload: JSON) -> None:
        """Serialise and send one gateway payload, ignoring a socket that is going away."""
        frame = self.encode(json.dumps(payload, separators=(",", ":")))
        if self.ws.closed:
            return
        try:
            if isinstance(frame, bytes):
                await self.ws.send_bytes(frame)
            else:
                await self.ws.send_str(frame)
        except (ConnectionError, RuntimeError) as exc:
            log.debug("send on closing gateway socket failed: %s", exc)


class GatewayServer:
    """The ``/gateway`` endpoint plus the session/sequence bookkeeping.

    ``on_identify`` returns the READY payload and the list of GUILD_CREATE payloads; it is
    supplied by :class:`~tests.fakediscord.server.FakeDiscord`, which owns the world state.
    """

    def __init__(
        self,
        *,
        heartbeat_interval_ms: int,
        build_ready: Callable[[str], tuple[JSON, list[JSON]]],
        check_token: Callable[[str], bool],
        notify: Callable[[], None],
    ) -> None:
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self._build_ready = build_ready
        self._check_token = check_token
        self._notify = notify
        self.session: _Session | None = None
        self.connection: GatewayConnection | None = None
        self.connections: list[GatewayConnection] = []
        self.frames: list[GatewayFrame] = []
        self.identify_payloads: list[JSON] = []
        self.resume_payloads: list[JSON] = []
        self.ready_count = 0
        self.resumed_count = 0
        self.heartbeats = 0
        self.connect_count = 0
        self.query_strings: list[dict[str, str]] = []

    # ----------------------------------------------------------------- websocket endpoint
    async def handle(self, request: web.Request) -> web.StreamResponse:
        """aiohttp handler for ``GET /gateway`` (the URL in READY and ``/gateway/bot``)."""
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        query = dict(request.query)
        self.query_strings.append(query)
        if query.get("encoding", "json") != "json":
            await ws.close(code=4002, message=b"only encoding=json is supported by the fake")
            return ws
        conn = GatewayConnection(ws, query.get("compress"))
        self.connection = conn
        self.connections.append(conn)
        self.connect_count += 1
        try:
            await self._send(
                conn, {"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}
            )
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_message(conn, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    await self._on_message(conn, json.loads(msg.data.decode()))
                else:
                    break
        finally:
            conn.live = False
            conn.closed.set()
            if self.connection is conn:
                self.connection = None
            self._notify()
        return ws

    async def _on_message(self, conn: GatewayConnection, payload: JSON) -> None:
        op = payload.get("op")
        data: Any = payload.get("d")
        self.frames.append(GatewayFrame("in", op if isinstance(op, int) else -1, None, None, data))
        if op == OP_HEARTBEAT:
            self.heartbeats += 1
            await self._send(conn, {"op": OP_HEARTBEAT_ACK, "d": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif op in (OP_PRESENCE_UPDATE, OP_REQUEST_GUILD_MEMBERS, 4):
            log.debug("gateway op %s received and ignored: %s", op, data)
        else:
            log.warning("unknown gateway op %s from client: %s", op, data)
        self._notify()

    async def _identify(self, conn: GatewayConnection, data: JSON) -> None:
        self.identify_payloads.append(data)
        if not self._check_token(str(data.get("token", ""))):
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        session = _Session(session_id=uuid.uuid4().hex)
        self.session = session
        ready, guilds = self._build_ready(session.session_id)
        async with conn.lock:
            conn.live = True
            await self._dispatch_locked(conn, session, "READY", ready)
            for guild in guilds:
                await self._dispatch_locked(conn, session, "GUILD_CREATE", guild)
        self.ready_count += 1

    async def _resume(self, conn: GatewayConnection, data: JSON) -> None:
        self.resume_payloads.append(data)
        session = self.session
        if (
            session is None
            or not session.resumable
            or data.get("session_id") != session.session_id
            or not self._check_token(str(data.get("token", "")))
        ):
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": False})
            return
        last_seq = data.get("seq") or 0
        async with conn.lock:
            for seq, event, event_data in session.backlog:
                if seq > last_seq:
                    await self._raw_send(conn, {"op": 0, "t": event, "s": seq, "d": event_data})
            conn.live = True
            await self._dispatch_locked(conn, session, "RESUMED", {})
        self.resumed_count += 1

    # ------------------------------------------------------------------- sending helpers
    async def _send(self, conn: GatewayConnection, payload: JSON) -> None:
        async with conn.lock:
            await self._raw_send(conn, payload)

    async def _raw_send(self, conn: GatewayConnection, payload: JSON) -> None:
        self.frames.append(
            GatewayFrame("out", payload["op"], payload.get("t"), payload.get("s"), payload.get("d"))
        )
        await conn.send(payload)

    async def _dispatch_locked(
        self, conn: GatewayConnection | None, session: _Session, event: str, data: JSON
    ) -> int:
        session.seq += 1
        seq = session.seq
        session.backlog.append((seq, event, data))
        if conn is not None and conn.live and not conn.ws.closed:
            await self._raw_send(conn, {"op": 0, "t": event, "s": seq, "d": data})
        return seq

    async def dispatch(self, event: str, data: JSON) -> int:
        """Send a dispatch (op 0) on the live connection, or queue it for RESUME replay."""
        session = self.session
        if session is None:
            raise RuntimeError("no gateway session yet; await fake.wait_ready() first")
        conn = self.connection
        if conn is None:
            return await self._dispatch_locked(None, session, event, data)
        async with conn.lock:
            return await self._dispatch_locked(conn, session, event, data)

    # ------------------------------------------------------------------ fault injection
    async def close(self, code: int, *, invalidate: bool = False) -> None:
        """Close the live socket with ``code``; ``invalidate`` makes a later RESUME fail."""
        if invalidate and self.session is not None:
            self.session.resumable = False
        conn = self.connection
        if conn is None:
            return
        conn.live = False
        with contextlib.suppress(ConnectionError, RuntimeError):
            await asyncio.wait_for(conn.ws.close(code=code, message=b"closed by fake"), timeout=5)
        await asyncio.wait_for(conn.closed.wait(), timeout=5)

    async def send_op(self, op: int, data: Any) -> None:
        """Send a bare non-dispatch op (e.g. 7 RECONNECT, 9 INVALID_SESSION)."""
        conn = self.connection
        if conn is None:
            raise RuntimeError("no live gateway connection")
        if op == OP_INVALID_SESSION and data is False and self.session is not None:
            self.session.resumable = False
        await self._send(conn, {"op": op, "d": data})

    async def shutdown(self) -> None:
        """Close every socket still open (server teardown)."""
        for conn in self.connections:
            if not conn.ws.closed:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(conn.ws.close(code=1001), timeout=2)
