"""The delivery worker: sends queued alerts, exactly once, retrying what may succeed later.

An asyncio task woken by :meth:`AlertDelivery.wake` as soon as alerts are queued (no polling);
otherwise it sleeps until the next retry is due. Each alert is claimed (its attempt counted and
committed) before it is sent, sent with a nonce derived from its row id and ``enforce_nonce``
(Discord answers a repeated nonce with the message it already created), and its message id is
recorded after. An alert whose earlier attempt was interrupted is first looked for in the
channel (by the number in its footer), so a crash between sending and recording never posts twice.
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

from bot.answers.alerts import NewsItem
from bot.config import DEFAULT_ALERT_RETRY_SECONDS
from bot.db.connection import Database
from bot.db.outbox import (
    OutboxRow,
    claim_due,
    fold_backlog,
    mark_failed,
    mark_retry,
    mark_sent,
    next_due_at,
    nonce_salt,
    reclaim_after_restart,
)
from bot.db.subscriptions import subscription
from bot.render.alert_cards import alert_card, alert_marker, digest_card, test_card
from bot.render.embeds import DiscordStyle, embed_for

log = logging.getLogger(__name__)

SEND_TIMEOUT = 30.0
"""A send that takes longer is treated as interrupted: retried, with the same nonce."""
LEASE_SECONDS = 120.0
HISTORY_LOOKBACK = 50
_ERROR_PAUSE = 5.0


def describe_refusal(error: discord.HTTPException) -> str:
    """Why Discord refused to post, in a moderator's words."""
    if isinstance(error, discord.NotFound) and error.code == 10003:
        return "the alerts channel no longer exists (deleted?); choose another with /alerts set"
    if isinstance(error, discord.Forbidden) and error.code == 50001:
        return "the bot cannot see the alerts channel (Missing Access)"
    if isinstance(error, discord.Forbidden) and error.code == 50013:
        return "the bot lacks permission to post or embed in the alerts channel"
    return f"Discord refused it ({error.status}: {error.text or 'no reason given'})"


async def send_test_alert(
    channel: discord.abc.Messageable, sample: NewsItem | None, role_id: int | None
) -> None:
    """What ``/alerts test`` posts: ``sample`` (the newest article) as an alert marked as a test.

    It pings nobody; its text names whom a real alert would ping. Raises
    :class:`discord.HTTPException` when Discord refuses it (see :func:`describe_refusal`).
    """
    await channel.send(
        content=f"Test alert: {f'<@&{role_id}>' if role_id else 'nobody'} would be pinged.",
        embed=embed_for(test_card(sample, DiscordStyle(), today=_today())),
        allowed_mentions=discord.AllowedMentions.none(),
    )


def _today() -> dt.date:
    """The day an alert is posted: a premiere before it is told in the past tense."""
    return dt.datetime.now(dt.UTC).date()


def is_transient(error: BaseException) -> bool:
    """Server errors, rate limits and network trouble: worth trying again later."""
    if isinstance(error, discord.HTTPException):
        return error.status >= 500 or error.status == 429
    return isinstance(error, aiohttp.ClientError | OSError | TimeoutError)


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
        self._salt = ""
        self._style = DiscordStyle()

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
        """Alerts were queued: deliver them now."""
        self._idle.clear()
        self._wake.set()

    async def wait_idle(self) -> None:
        """Until every queued alert is delivered, failed or cancelled (for tests)."""
        await self._idle.wait()

    async def _run(self) -> None:
        try:
            await reclaim_after_restart(self._db)
            digests = await fold_backlog(self._db)
            if digests:
                log.info("queued %d catch-up digests for alerts that piled up", digests)
            self._salt = await nonce_salt(self._db)
        except Exception:
            log.exception("could not prepare alert delivery; retrying on the next wake-up")
        while True:
            self._wake.clear()
            try:
                rows = await claim_due(self._db, LEASE_SECONDS)
                for row in rows:
                    await self._deliver(row)
                if rows:
                    continue
                due = await next_due_at(self._db)
            except Exception:
                log.exception("alert delivery failed; trying again shortly")
                due = time.time() + _ERROR_PAUSE
            timeout = None if due is None else max(0.0, due - time.time())
            if due is None and not self._wake.is_set():
                self._idle.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver(self, row: OutboxRow) -> None:
        sub = await subscription(self._db, row.guild_id)
        if sub is None:
            await mark_failed(self._db, row.id, "alerts were turned off", None, cancelled=True)
            return
        channel = self._client.get_partial_messageable(sub.channel_id, guild_id=row.guild_id)
        try:
            message = await asyncio.wait_for(self._send(row, channel, sub.role_id), SEND_TIMEOUT)
        except Exception as error:
            if not is_transient(error):
                if not isinstance(error, discord.HTTPException):
                    log.exception("alert %d could not be built or sent", row.id)
                    reason = f"the bot failed to build the alert ({type(error).__name__})"
                else:
                    reason = describe_refusal(error)
                log.warning("alert %d for guild %d failed: %s", row.id, row.guild_id, reason)
                await mark_failed(self._db, row.id, reason, sub.channel_id)
                return
            delay = self._delays[min(row.attempts, len(self._delays)) - 1]
            reason = _transient_reason(error)
            log.warning("alert %d: %s; retrying in %.0f s", row.id, reason, delay)
            await mark_retry(self._db, row.id, delay, reason)
            return
        await mark_sent(self._db, row.id, sub.channel_id, message.id)
        log.info("alert %d delivered to guild %d as message %d", row.id, row.guild_id, message.id)

    async def _send(
        self, row: OutboxRow, channel: discord.PartialMessageable, role_id: int | None
    ) -> discord.Message:
        if row.attempts > 1:
            posted = await self._find_posted(channel, row.id)
            if posted is not None:
                log.info("alert %d was already posted before an interruption", row.id)
                return posted
        items = row.items()
        if row.kind == "digest":
            card = digest_card(items, self._style, alert_id=row.id, today=_today())
        else:
            card = alert_card(items[0], self._style, alert_id=row.id, today=_today())
        mentions = discord.AllowedMentions.none()
        content = None
        if role_id is not None:
            content = f"<@&{role_id}>"
            mentions = discord.AllowedMentions(
                everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False
            )
        return await channel.send(
            content=content,
            embed=embed_for(card),
            nonce=self.nonce(row.id),
            allowed_mentions=mentions,
        )

    def nonce(self, alert_id: int) -> str:
        """Stable per alert and unique to this database; Discord allows 25 characters."""
        return f"a{self._salt}{alert_id}"[:25]

    async def _find_posted(
        self, channel: discord.PartialMessageable, alert_id: int
    ) -> discord.Message | None:
        me = self._client.user
        marker = alert_marker(alert_id) + " "
        try:
            async for message in channel.history(limit=HISTORY_LOOKBACK):
                if me is not None and message.author.id != me.id:
                    continue
                if any((embed.footer.text or "").startswith(marker) for embed in message.embeds):
                    return message
        except (discord.Forbidden, discord.NotFound):
            return None  # cannot look: the nonce still prevents a recent duplicate
        return None


def _transient_reason(error: BaseException) -> str:
    if isinstance(error, discord.HTTPException):
        return f"Discord answered {error.status}"
    if isinstance(error, TimeoutError):
        return "Discord did not answer in time"
    return f"network error ({type(error).__name__})"
