"""Discord misbehaves: the gateway drops (resumable or not), the API answers 500 or 429 (also
the global limit), and slow work would miss the 3-second window for a first reply. The bot
keeps answering, delivers every alert once, and acknowledges slow commands first."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.alerts.helpers import CORPUS, subscribe
from tests.fakediscord import CALLBACK_DEFERRED_MESSAGE
from tests.hardening.helpers import text_of
from tests.world import MODERATOR, WAIT, World


async def _still_answers(world: World) -> None:
    answer = await world.reply("who-plays", {"character": "Nick"})
    assert "Kit Connor" in text_of(answer)


async def _alert_arrives_once(world: World, corpus_name: str) -> None:
    channel = world.news(world.b)
    await subscribe(world.db, world.b.id, channel.id)
    (world.seeds / corpus_name).write_bytes((CORPUS / corpus_name).read_bytes())
    await world.fake.wait_for_channel_message(channel.id, WAIT)
    assert world.bot.news_alerts is not None
    async with asyncio.timeout(WAIT):
        await world.bot.news_alerts.delivery.wait_idle()
    assert len(world.fake.channel_messages(channel.id)) == 1


@pytest.mark.parametrize(
    ("code", "invalidate"),
    [
        pytest.param(4000, False, id="resumable close 4000"),
        pytest.param(1001, False, id="going away 1001"),
        pytest.param(4009, False, id="session timed out 4009"),
        pytest.param(4000, True, id="non-resumable: session invalidated"),
    ],
)
async def test_after_the_gateway_closes_the_bot_reconnects_answers_and_alerts(
    world: World, code: int, invalidate: bool
) -> None:
    sessions = world.fake.gateway.ready_count + world.fake.gateway.resumed_count
    await world.fake.drop_gateway(code, invalidate=invalidate)
    await world.fake.wait_until(
        lambda: (
            world.fake.gateway.ready_count + world.fake.gateway.resumed_count > sessions
            and world.fake.gateway.connection is not None
            and world.fake.gateway.connection.live
        ),
        WAIT,
    )
    await _still_answers(world)
    await _alert_arrives_once(world, "107_premiere-date.txt")


async def test_an_invalid_session_op_9_makes_the_bot_identify_again_and_keep_answering(
    world: World,
) -> None:
    ready = world.fake.gateway.ready_count
    await world.fake.invalidate_session(resumable=False)
    await world.fake.wait_identified(ready + 1, WAIT)
    await _still_answers(world)


@pytest.mark.parametrize(
    ("route", "status", "is_global"),
    [
        pytest.param("/interactions/*/callback", 500, False, id="500 on the reply"),
        pytest.param("/interactions/*/callback", 429, False, id="429 on the reply"),
        pytest.param("/interactions/*/callback", 429, True, id="global 429 on the reply"),
    ],
)
async def test_a_failed_reply_is_retried_and_arrives_exactly_once(
    world: World, route: str, status: int, is_global: bool
) -> None:
    world.fake.fail_next(route, status=status, retry_after=0.1, is_global=is_global)
    interaction = await world.fake.slash("who-plays", {"character": "Nick"}, guild_id=world.a.id)
    message = await interaction.wait_response_message(WAIT)
    assert "Kit Connor" in text_of(message)
    assert len(interaction.callbacks) == 1
    assert [c.status for c in world.fake.calls(route)] == [status, 200]


@pytest.mark.parametrize(
    ("status", "is_global"),
    [
        pytest.param(500, False, id="500"),
        pytest.param(502, False, id="502"),
        pytest.param(429, False, id="429"),
        pytest.param(429, True, id="global 429"),
    ],
)
async def test_an_alert_that_discord_refuses_for_a_while_is_delivered_exactly_once(
    world: World, status: int, is_global: bool
) -> None:
    world.fake.fail_next(
        "/channels/{channel_id}/messages",
        method="POST",
        status=status,
        count=2,
        retry_after=0.1,
        is_global=is_global,
    )
    await _alert_arrives_once(world, "101_new-characters.txt")


async def test_a_deferred_reply_whose_followup_is_rate_limited_arrives_once(world: World) -> None:
    world.fake.fail_next("/webhooks/*", method="POST", status=429, retry_after=0.1)
    interaction = await world.fake.slash("news search", {"query": "film"}, guild_id=world.a.id)
    message = await interaction.wait_response_message(WAIT)
    assert "Search" in text_of(message)
    assert len(interaction.followups) == 1


SLOW_COMMANDS: list[tuple[str, dict[str, Any], bool]] = [
    ("news search", {"query": "premiere date"}, False),
    ("cast", {}, False),
    (
        "news add",
        {"title": "Linnea Ferreira Joins", "body": "Linnea Ferreira will play Pim."},
        True,
    ),
    ("news remove", {"article": "nothing-like-this.txt"}, True),
    ("alerts set", {"channel": "news"}, True),
    ("alerts off", {}, True),
    ("alerts status", {}, True),
    ("alerts test", {}, True),
    ("alerts events on", {}, True),
    ("alerts events off", {}, True),
]


@pytest.mark.parametrize(
    ("name", "options", "moderator"), SLOW_COMMANDS, ids=[c[0] for c in SLOW_COMMANDS]
)
async def test_a_command_whose_work_is_slow_is_acknowledged_before_the_work_is_done(
    world: World, name: str, options: dict[str, Any], moderator: bool
) -> None:
    """Discord drops an interaction that has no first reply after 3 seconds. Here the
    database is held busy for as long as the test likes: the bot must acknowledge (defer)
    before it needs the database, and the answer must follow once the database is free."""
    if options.get("channel") == "news":
        options = {**options, "channel": world.news(world.a)}
    permissions = {"member_permissions": MODERATOR} if moderator else {}
    async with world.db.reading():  # the database is busy for as long as this block lasts
        interaction = await world.fake.slash(name, options, guild_id=world.a.id, **permissions)
        first = await interaction.wait_callback(WAIT)
        assert first.type == CALLBACK_DEFERRED_MESSAGE
        assert not interaction.followups  # acknowledged while the work still waits
    message = await interaction.wait_response_message(WAIT)
    assert text_of(message).strip()
    assert "Something went wrong" not in text_of(message)
