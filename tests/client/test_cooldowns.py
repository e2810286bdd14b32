"""Per-member state is bounded: 50,000 distinct members add at most 10 MB.

Checked structurally, never by timing: every per-member store has a fixed capacity, and that
capacity times what one entry costs stays within the budget. (``make bench`` measures the
same on the running bot: "memory added by 50,000 distinct members".)
"""

from __future__ import annotations

import tracemalloc
from typing import Any

from discord import app_commands

from bot.client.cooldowns import (
    MEMBERS_REMEMBERED,
    PER_MEMBER_BYTES_BUDGET,
    MemberCheck,
    MemberCooldowns,
)
from bot.client.fanbot import FanBot
from tests.e2e.test_bot_on_discord import _buttons
from tests.fakediscord import FakeDiscord, FakeUser

MEMBERS = 50_000
BUDGET = 10 * 1024 * 1024


def test_a_member_over_the_rate_waits_and_others_do_not() -> None:
    cooldowns = MemberCooldowns(2, 30.0)
    assert cooldowns.retry_after(1, 100.0)[1] == 0.0
    assert cooldowns.retry_after(1, 101.0)[1] == 0.0
    assert cooldowns.retry_after(1, 102.0)[1] > 0
    assert cooldowns.retry_after(2, 102.0)[1] == 0.0
    assert cooldowns.retry_after(1, 140.0)[1] == 0.0  # the period is over


def test_50000_distinct_members_leave_at_most_the_capacity_behind() -> None:
    cooldowns = MemberCooldowns(10, 30.0)
    for member in range(MEMBERS):
        cooldowns.retry_after(member, 1000.0 + member / 1000)  # all within one period
    assert len(cooldowns) == MEMBERS_REMEMBERED
    assert cooldowns.retry_after(MEMBERS - 1, 1050.0)[1] == 0.0  # the newest still counted


def test_expired_members_are_forgotten_as_others_ask() -> None:
    cooldowns = MemberCooldowns(10, 30.0)
    for member in range(500):
        cooldowns.retry_after(member, 1.0)
    cooldowns.retry_after(10_000, 100.0)
    assert len(cooldowns) == 1


def _bytes_per_member() -> float:
    """What one remembered member costs a cooldown, measured on a full one."""
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        cooldowns = MemberCooldowns(10, 30.0)
        for member in range(MEMBERS_REMEMBERED):
            cooldowns.retry_after(10**18 + member, 1.0)  # snowflake-sized ids
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return grown / MEMBERS_REMEMBERED


async def test_per_member_state_is_bounded_50000_distinct_members_add_at_most_10_mb(
    fan_bot: FanBot,
) -> None:
    loaded = [
        check.cooldowns
        for command in fan_bot.tree.walk_commands()
        if isinstance(command, app_commands.Command)
        for check in command.checks
        if isinstance(check, MemberCheck)
    ]
    assert len(loaded) >= 9  # every member-facing command has one
    assert all(cooldowns.capacity == MEMBERS_REMEMBERED for cooldowns in loaded)
    worst = len(loaded) * MEMBERS_REMEMBERED * _bytes_per_member()
    assert worst <= BUDGET, f"{worst / 2**20:.1f} MB"
    assert MEMBERS_REMEMBERED * _bytes_per_member() <= PER_MEMBER_BYTES_BUDGET * MEMBERS


async def test_answers_with_buttons_leave_no_view_in_memory(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    """Buttons keep their state in Discord's custom_id: the bot keeps nothing per message."""
    guild = fake_discord.guilds[0].id
    for index in range(30):
        member = FakeUser(username=f"member{index}")
        fake_discord.guilds[0].members.append(member)
        reply = await fake_discord.invoke_slash("quote", guild_id=guild, user=member)
        assert "Another one" in _buttons(reply)
    store: Any = live_bot._connection._view_store
    assert not store._synced_message_views
    assert not store._views
    assert len(store._dynamic_items) == 2
