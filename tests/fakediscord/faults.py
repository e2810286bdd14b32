"""Faults a test injects: failing REST answers (429/5xx) and gateway disruptions.

The REST middleware (:mod:`tests.fakediscord.rest.app`) consumes a matching :class:`Fault`
before any handler runs; the 429 it answers is shaped in :mod:`tests.fakediscord.rest.ratelimits`.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from tests.fakediscord.gateway import OP_INVALID_SESSION, OP_RECONNECT
from tests.fakediscord.state import FakeState


@dataclass
class Fault:
    """Make the next ``count`` matching requests fail with ``status``."""

    route: str
    method: str | None
    status: int
    count: int
    retry_after: float
    is_global: bool
    scope: str

    def matches(self, method: str, route: str, path: str) -> bool:
        """``route`` is the template (``/channels/{channel_id}/messages``); ``path`` is real."""
        if self.method is not None and self.method.upper() != method:
            return False
        return fnmatch.fnmatchcase(route, self.route) or fnmatch.fnmatchcase(path, self.route)


class FaultControl(FakeState):
    """What a test calls to make Discord fail: the next REST calls, or the gateway session."""

    def fail_next(
        self,
        route: str,
        *,
        method: str | None = None,
        count: int = 1,
        status: int = 429,
        retry_after: float = 0.2,
        is_global: bool = False,
        scope: str = "user",
    ) -> None:
        """Answer the next ``count`` matching REST calls with ``status`` (429 or 5xx).

        ``route`` is an fnmatch pattern against the route template without ``/api/v10``
        (``"/channels/{channel_id}/messages"``) or the concrete path (``"/channels/123/*"``).
        Note discord.py waits ``1 + 2*try`` seconds before retrying a 5xx.
        """
        self._faults.append(Fault(route, method, status, count, retry_after, is_global, scope))

    def take_fault(self, method: str, route: str, path: str) -> Fault | None:
        """Consume one matching fault, if any (used by the REST middleware)."""
        for fault in self._faults:
            if fault.count > 0 and fault.matches(method, route, path):
                fault.count -= 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    async def drop_gateway(self, code: int = 4000, *, invalidate: bool = False) -> None:
        """Close the gateway socket with ``code`` (4000 -> client RESUMEs).

        With ``invalidate=True`` the session cannot be resumed: the client's RESUME is
        answered with op 9 (d=false) and it has to IDENTIFY again.  Codes discord.py treats
        as fatal (1000 from the client, 4004, 4010-4014) make ``bot.start`` raise instead.
        """
        await self.gateway.close(code, invalidate=invalidate)

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION on the live connection."""
        await self.gateway.send_op(OP_INVALID_SESSION, resumable)

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT (client closes and RESUMEs)."""
        await self.gateway.send_op(OP_RECONNECT, None)
