"""Per-member cooldowns that stay small however many members ask.

discord.py's ``app_commands.checks.cooldown`` keeps one bucket per member for as long as the
member's period lasts, scanning them all on every use: a burst of distinct members grows it
without limit. :class:`MemberCooldowns` keeps the members who asked most recently, at most
:data:`MEMBERS_REMEMBERED` per command; when more ask within one period, the longest idle is
forgotten (they may ask again: that is all it costs). Expired buckets are dropped as members
ask, oldest first, without a scan.

The offline console has one operator and no cooldowns: a bot built with ``cooldowns=False``
skips them.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

MEMBERS_REMEMBERED = 2048
"""Per command. Every bucket is about 250 bytes: nine commands' worth is under 5 MB."""
PER_MEMBER_BYTES_BUDGET = 10 * 1024 * 1024 // 50_000
"""What per-member state may cost, with 50,000 distinct members: at most 10 MB in all."""

_Check = TypeVar("_Check", bound=Callable[..., Any])


class MemberCooldowns:
    """``rate`` uses per ``per`` seconds for each member, remembering at most ``capacity``."""

    def __init__(self, rate: int, per: float, capacity: int = MEMBERS_REMEMBERED) -> None:
        self.rate, self.per, self.capacity = rate, per, capacity
        self._buckets: collections.OrderedDict[int, app_commands.Cooldown] = (
            collections.OrderedDict()
        )

    def __len__(self) -> int:
        return len(self._buckets)

    def retry_after(self, member_id: int, now: float) -> tuple[app_commands.Cooldown, float]:
        """Count one use at ``now`` (seconds): the member's bucket and how long they must wait
        (0.0 when they may go ahead)."""
        buckets = self._buckets
        while buckets:  # least recently used first: stop at the first still running
            oldest = next(iter(buckets.values()))
            if now <= oldest._last + oldest.per:
                break
            buckets.popitem(last=False)
        bucket = buckets.get(member_id)
        if bucket is None:
            bucket = buckets[member_id] = app_commands.Cooldown(self.rate, self.per)
            if len(buckets) > self.capacity:
                buckets.popitem(last=False)
        else:
            buckets.move_to_end(member_id)
        return bucket, bucket.update_rate_limit(now) or 0.0


class MemberCheck:
    """The check :func:`member_cooldown` adds to a command; ``cooldowns`` is its store."""

    def __init__(self, cooldowns: MemberCooldowns) -> None:
        self.cooldowns = cooldowns

    async def __call__(self, interaction: discord.Interaction[Any]) -> bool:
        if not getattr(interaction.client, "cooldowns", True):
            return True
        now = interaction.created_at.timestamp()
        bucket, wait = self.cooldowns.retry_after(interaction.user.id, now)
        if wait:
            raise app_commands.CommandOnCooldown(bucket, wait)
        return True


def member_cooldown(rate: int, per: float) -> Callable[[_Check], _Check]:
    """A command check: ``rate`` uses per ``per`` seconds for each member, then discord.py's
    ``CommandOnCooldown`` (which the command tree turns into "Slow down")."""
    return app_commands.check(MemberCheck(MemberCooldowns(rate, per)))
