"""The fake outlet on 127.0.0.1, a server that never answers, fake DNS, and fetch policies.

Every test here runs under ``only_loopback``: a socket that tries to connect anywhere but the
loopback interface fails the test, so a bug in the address checks cannot send traffic out.
Tests elsewhere that read links import these fixtures (with ``only_loopback``) from here.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.web.fetch import Fetcher, FetchPolicy
from bot.web.reader import WebReader
from tests.web.outlet import HOST, Outlet, build_app

LOOPBACK_ONLY = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse, and report, any socket connection to an address off this machine."""
    off_machine: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def allowed(address: Any) -> bool:
        if not isinstance(address, tuple):
            return True  # a Unix socket
        host = str(address[0]).split("%")[0]
        if ipaddress.ip_address(host).is_loopback:
            return True
        off_machine.append(host)
        return False

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed(address):
            raise ConnectionRefusedError(f"test guard: no connections to {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(address):
            raise ConnectionRefusedError(f"test guard: no connections to {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield off_machine
    assert off_machine == [], f"tried to connect off this machine: {off_machine}"


@pytest.fixture
async def outlet() -> AsyncIterator[Outlet]:
    """The fake outlet, listening on 127.0.0.1 on a free port."""
    holder = Outlet(base=URL(f"http://{HOST}"))
    runner = web.AppRunner(build_app(holder), shutdown_timeout=0.5, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, HOST, 0)
    await site.start()
    _, port = runner.addresses[0][:2]
    holder.base = URL.build(scheme="http", host=HOST, port=port)
    yield holder
    holder.stalled.set()
    await runner.cleanup()


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """A URL on 127.0.0.1 whose server accepts connections and never says a word."""
    done = asyncio.Event()
    writers: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        await done.wait()

    server = await asyncio.start_server(hold, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    yield f"http://{HOST}:{port}/news"
    done.set()
    for writer in writers:
        writer.close()
    server.close()
    await server.wait_closed()


class FakeDNS(AbstractResolver):
    """Answers from a table (name -> addresses); any other name does not exist."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.asked.append(host)
        if host not in self.table:
            raise OSError(f"{host}: name not known")
        return [
            ResolveResult(
                hostname=host,
                host=address,
                port=port,
                family=socket.AF_INET6 if ":" in address else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for address in self.table[host]
        ]

    async def close(self) -> None:
        return None


def open_policy(**overrides: Any) -> FetchPolicy:
    """What the tests' operator sets: FETCH_ALLOW_PRIVATE=1, short limits."""
    values: dict[str, Any] = {
        "allow_private": True,
        "total_timeout": 10.0,
        "connect_timeout": 5.0,
        "max_bytes": 256 * 1024,
    }
    values.update(overrides)
    return FetchPolicy(**values)


def strict_policy(**overrides: Any) -> FetchPolicy:
    """Private addresses refused, except the outlet's own 127.0.0.1."""
    return open_policy(allow_private=False, trusted_networks=LOOPBACK_ONLY, **overrides)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(open_policy()) as client:
        yield client


@pytest.fixture
async def reader() -> AsyncIterator[WebReader]:
    """Pages and feeds read as the bot reads them, under the tests' open policy. No name
    resolves (the outlet is an address), so a link to another site never reaches DNS."""
    async with Fetcher(open_policy(), resolver=FakeDNS({})) as client:
        yield WebReader(client)
