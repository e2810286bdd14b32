"""The delivery worker: sends queued alerts, exactly once, retrying what may succeed later.

An asyncio task woken by :meth:`AlertDelivery.wake` as soon as alerts are queued (by this
process, or seen committed by another); otherwise it sleeps until the next retry is due. Each
alert is claimed (its attempt counted and committed) before it is sent, sent to its route
(:mod:`.posting`: a message sent with the nonce kept with its row and ``enforce_nonce``, so
Discord answers a repeated nonce with the message it already created; or a new post in a
forum), and its message id is recorded after. An alert whose earlier attempt was interrupted is
first looked for: every message since its first attempt is read (however busy the channel) for
the bot's own message with its number in the footer, so a crash between sending and recording
never posts twice. Sends and edits are spaced under Discord's global rate limit, so fanning
one article out to many servers never draws a 429.

The worker also ends timed pauses (what waited goes out, one digest per route) and edits the
messages of retracted articles.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Sequence

import aiohttp
import discord

from bot.alerts.posting import (
    NotReachable,
    Posted,
    RouteGone,
    describe_refusal,
    edit_posted,
    find_posted,
    post,
    role_ping,
)
from bot.answers.alerts import AlertRoute
from bot.config import DEFAULT_ALERT_RETRY_SECONDS
from bot.db.alert_history import MessageEdit, edits_due, mark_edited
from bot.db.connection import Database
from bot.db.health import StorageTrouble
from bot.db.outbox import (
    OutboxRow,
    claim_due,
    fold_backlog,
    mark_failed,
    mark_retry,
    mark_sent,
    next_due_at,
    reclaim_after_restart,
    resume_expired,
)
from bot.db.subscriptions import route
from bot.render.alert_cards import alert_card, digest_card, retracted_card
from bot.render.embeds import DiscordStyle

log = logging.getLogger(__name__)

SEND_TIMEOUT = 30.0
"""A send that takes longer is treated as interrupted: retried, with the same nonce."""
LEASE_SECONDS = 120.0
SENDS_PER_SECOND = 48.0
"""How fast alerts go out: under the 50 requests per second Discord allows a bot across every
route (the global rate limit, which no response header announces: developer docs, "Rate
Limits"), leaving room for the bot's other requests. Sends are spaced evenly, never bunched."""
TURNED_OFF = "alerts were turned off in this channel"
_ERROR_PAUSE = 5.0


def _today() -> dt.date:
    """The day an alert is posted: a premiere before it is told in the past tense."""
    return dt.datetime.now(dt.UTC).date()


def is_transient(error: BaseException) -> bool:
    """Server errors, rate limits, network trouble, an unavailable server: worth trying again."""
    if isinstance(error, discord.HTTPException):
        return error.status >= 500 or error.status == 429
    return isinstance(error, aiohttp.ClientError | OSError | TimeoutError | NotReachable)


class Pacer:
    """Spaces one caller's requests evenly, ``per_second`` at most, never bunched after a pause
    (a window's unused requests are not saved up): any one second holds at most
    ``per_second`` + 1 of them."""

    def __init__(self, per_second: float) -> None:
        self._interval = 1 / per_second
        self._next = 0.0

    async def wait(self) -> None:
        """Until the next request may go (at once when the last one was long enough ago)."""
        now = asyncio.get_running_loop().time()
        at = max(now, self._next)
        self._next = at + self._interval
        if at > now:
            await asyncio.sleep(at - now)


class AlertDelivery:
    """Sends the outbox's alerts through ``client``; start once logged in, stop on close."""

    def __init__(
        self,
        client: discord.Client,
        db: Database,
        *,
        retry_delays: Sequence[float] = DEFAULT_ALERT_RETRY_SECONDS,
    ) -> None:
        self._client = client
        self._db = db
        self._delays = tuple(retry_delays) or DEFAULT_ALERT_RETRY_SECONDS
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._style = DiscordStyle()
        self._pace = Pacer(SENDS_PER_SECOND)
        self.trouble = StorageTrouble("delivering alerts", "alerts cannot be delivered")
        """A full disk or another program's lock keeping delivery from recording anything."""

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="alert-delivery")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def wake(self) -> None:
        """Alerts were queued (or resent, resumed, retracted): act on them now."""
        self._idle.clear()
        self._wake.set()

    async def wait_idle(self) -> None:
        """Until nothing is due: every alert delivered, failed, cancelled or paused (for tests)."""
        await self._idle.wait()

    async def _run(self) -> None:
        try:
            await reclaim_after_restart(self._db)
            digests = await fold_backlog(self._db)
            if digests:
                log.info("queued %d catch-up digests for alerts that piled up", digests)
        except Exception as error:
            if not self.trouble.failed(error):
                log.exception("could not prepare alert delivery; delivering what is due")
        while True:
            self._wake.clear()
            try:
                if await resume_expired(self._db):
                    log.info("a timed pause of alerts ended")
                rows = await claim_due(self._db, LEASE_SECONDS)
                for row in rows:
                    await self._deliver(row)
                edits = await edits_due(self._db)
                for edit in edits:
                    await self._edit(edit)
                if rows or edits:
                    continue
                due = await next_due_at(self._db)
                self.trouble.succeeded()
            except Exception as error:
                if not self.trouble.failed(error):  # a known problem is logged once, there
                    log.exception("alert delivery failed; trying again shortly")
                due = time.time() + _ERROR_PAUSE
            timeout = None if due is None else max(0.0, due - time.time())
            if due is None and not self._wake.is_set():
                self._idle.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver(self, row: OutboxRow) -> None:
        where = None
        if row.channel_id is not None:
            where = await route(self._db, row.guild_id, row.channel_id)
        if where is None:
            await mark_failed(self._db, row.id, TURNED_OFF, None, cancelled=True)
            return
        await self._pace.wait()
        try:
            posted = await asyncio.wait_for(self._send(row, where), SEND_TIMEOUT)
        except Exception as error:
            if not is_transient(error):
                reason = self._reason(error, where, row.id)
                log.warning("alert %d for guild %d failed: %s", row.id, row.guild_id, reason)
                await mark_failed(self._db, row.id, reason, where.channel_id)
                return
            delay = self._delay(row.attempts)
            reason = _transient_reason(error)
            log.warning("alert %d: %s; retrying in %.0f s", row.id, reason, delay)
            await mark_retry(self._db, row.id, delay, reason)
            return
        await mark_sent(
            self._db, row.id, where.channel_id, posted.message_id, thread_id=posted.thread_id
        )
        log.info(
            "alert %d delivered to guild %d as message %d", row.id, row.guild_id, posted.message_id
        )

    def _reason(self, error: Exception, where: AlertRoute, alert_id: int) -> str:
        if isinstance(error, RouteGone):
            return str(error)
        if isinstance(error, discord.HTTPException):
            return describe_refusal(error, self._client.get_guild(where.guild_id), where)
        log.exception("alert %d could not be built or sent", alert_id, exc_info=error)
        return f"the bot failed to build the alert ({type(error).__name__})"

    def _delay(self, attempts: int) -> float:
        return self._delays[max(0, min(attempts, len(self._delays)) - 1)]

    async def _send(self, row: OutboxRow, where: AlertRoute) -> Posted:
        if row.attempts > 1:
            posted = await find_posted(self._client, where, row.id, since=row.first_attempt_at)
            if posted is not None:
                log.info("alert %d was already posted before an interruption", row.id)
                return posted
        items = row.items()
        if row.kind == "digest":
            card = digest_card(
                items, self._style, alert_id=row.id, catch_up=row.catch_up, today=_today()
            )
        else:
            card = alert_card(items[0], self._style, alert_id=row.id, today=_today())
        content, mentions = role_ping(where.role_id)
        return await post(
            self._client,
            where,
            card,
            nonce=row.nonce,
            content=content,
            mentions=mentions,
        )

    async def _edit(self, edit: MessageEdit) -> None:
        """Show a retracted article as retracted in the message that announced it."""
        items = edit.items()
        if edit.kind == "digest":
            card = digest_card(
                items,
                self._style,
                alert_id=edit.id,
                retracted=edit.retracted,
                catch_up=edit.catch_up,
            )
        else:
            card = retracted_card(items[0], self._style, alert_id=edit.id)
        await self._pace.wait()
        try:
            await edit_posted(self._client, edit.message_channel_id, edit.message_id, card)
        except Exception as error:
            if is_transient(error):
                await mark_edited(self._db, edit.id, retry_in=self._delay(1))
                return
            log.warning("could not mark alert %d as retracted: %s", edit.id, error)
        await mark_edited(self._db, edit.id)


def _transient_reason(error: BaseException) -> str:
    if isinstance(error, discord.HTTPException):
        return f"Discord answered {error.status}"
    if isinstance(error, TimeoutError):
        return "Discord did not answer in time"
    if isinstance(error, NotReachable):
        return "the server is unavailable"
    return f"network error ({type(error).__name__})"
