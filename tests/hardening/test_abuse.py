"""Abuse: members acting where they do not belong, one server reaching into another, spam,
and text that tries to ping. Every refusal is private and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from bot.db.alert_history import alert_status
from bot.db.subscriptions import guild_routes
from tests.alerts.helpers import subscribe
from tests.fakediscord import FakeUser
from tests.hardening.helpers import text_of
from tests.world import MEMBER, MODERATOR, WAIT, World

MODERATOR_COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("alerts set", {"channel": "news"}),
    ("alerts off", {}),
    ("alerts status", {}),
    ("alerts test", {}),
    ("alerts events on", {}),
    ("alerts events off", {}),
    ("news add", {"title": "Hijacked", "body": "Someone will play someone."}),
    ("news remove", {"article": "000_f65b949458870bbc.txt"}),
    ("news add", {"url": "https://news.example.invalid/scoop"}),
    ("news follow", {"feed": "https://news.example.invalid/feed.rss"}),
    ("news feeds", {}),
    ("news unfollow", {"feed": "https://news.example.invalid/feed.rss"}),
]


@pytest.mark.parametrize(
    ("name", "options"), MODERATOR_COMMANDS, ids=[c[0] for c in MODERATOR_COMMANDS]
)
async def test_a_member_without_manage_server_is_refused_even_if_discord_shows_the_command(
    world: World, name: str, options: dict[str, Any]
) -> None:
    """A server admin can lift the default permission in Discord's settings; the bot checks."""
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    seeds_before = sorted(path.name for path in world.seeds.iterdir())
    if options.get("channel") == "news":
        options = {**options, "channel": world.news(world.b)}
    interaction = await world.fake.slash(
        name, options, guild_id=world.a.id, member_permissions=MEMBER
    )
    reply = await interaction.wait_callback(WAIT)
    assert reply.ephemeral
    assert "Manage Server" in text_of(reply.data)
    assert await guild_routes(world.db, world.a.id)  # unchanged
    assert sorted(path.name for path in world.seeds.iterdir()) == seeds_before
    assert not world.fake.all_bot_messages()


async def test_one_servers_moderators_cannot_read_or_change_anothers_alerts(world: World) -> None:
    await subscribe(world.db, world.b.id, world.news(world.b).id, world.role.id)
    b_before = await alert_status(world.db, world.b.id)
    # A moderator of A names B's channel: the bot only ever looks in the server it is used in.
    foreign = await world.reply(
        "alerts set", {"channel": world.news(world.b)}, member_permissions=MODERATOR
    )
    assert "News alerts will be posted" not in text_of(foreign)  # refused, whatever the words
    status_in_a = await world.reply("alerts status", member_permissions=MODERATOR)
    assert str(world.news(world.b).id) not in text_of(status_in_a)
    await world.reply("alerts off", member_permissions=MODERATOR)
    assert await alert_status(world.db, world.b.id) == b_before


async def test_news_add_outside_the_news_editing_servers_is_refused_and_writes_nothing(
    world: World,
) -> None:
    before = sorted(world.seeds.iterdir())
    refused = await world.reply(
        "news add",
        {"title": "From B", "body": "Text."},
        guild_id=world.b.id,
        member_permissions=MODERATOR,
    )
    assert "managed by the bot's operator" in text_of(refused)
    removal = await world.reply(
        "news remove", {"article": "x"}, guild_id=world.b.id, member_permissions=MODERATOR
    )
    assert "managed by the bot's operator" in text_of(removal)
    for name, options in [
        ("news add", {"url": "https://news.example.invalid/scoop"}),
        ("news follow", {"feed": "https://news.example.invalid/feed.rss"}),
        ("news feeds", {}),
        ("news unfollow", {"feed": "https://news.example.invalid/feed.rss"}),
    ]:
        refused = await world.reply(
            name, options, guild_id=world.b.id, member_permissions=MODERATOR
        )
        assert "managed by the bot's operator" in text_of(refused), name
    assert sorted(world.seeds.iterdir()) == before


@pytest.mark.parametrize(
    ("name", "options", "allowed"),
    [
        ("news search", {"query": "film"}, 3),
        ("cast", {}, 3),
        ("quote", {}, 5),
        ("who-plays", {"character": "Nick"}, 10),
        ("news latest", {}, 10),
    ],
)
async def test_a_member_spamming_a_command_hits_its_cooldown_and_others_do_not(
    world: World, name: str, options: dict[str, Any], allowed: int
) -> None:
    spammer, bystander = FakeUser(username="spammer"), FakeUser(username="bystander")
    world.a.members += [spammer, bystander]
    for _ in range(allowed):
        answer = await world.reply(name, options, user=spammer)
        assert "Slow down" not in text_of(answer)
    refused = await world.fake.slash(name, options, guild_id=world.a.id, user=spammer)
    callback = await refused.wait_callback(WAIT)
    assert callback.ephemeral and "Slow down\nYou can use this again in" in text_of(callback.data)
    other = await world.reply(name, options, user=bystander)
    assert "Slow down" not in text_of(other)


HOSTILE = "@everyone @here <@&{role}> <@{user}> **bold** [link](https://evil.example)"


async def test_text_that_tries_to_ping_pings_no_one_but_the_configured_alert_role(
    world: World,
) -> None:
    hostile = HOSTILE.format(role=world.role.id, user=world.fake.default_user.id)
    await world.reply(
        "alerts set",
        {"channel": world.news(world.a), "role": world.role},
        member_permissions=MODERATOR,
    )
    for name, options in [
        ("who-plays", {"character": hostile[:100]}),
        ("quote", {"about": hostile[:100]}),
        ("news show", {"article": hostile[:200]}),
    ]:
        answer = await world.reply(name, options)
        assert "@everyone" not in text_of(answer).replace("@\u200beveryone", "")
    article = f" date 2026-01-05 {hostile}\nA Headline\n{hostile} said Orla Okonkwo.\n"
    (world.seeds / "pinging.txt").write_text(article)
    await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    sent = world.fake.calls("/channels/{channel_id}/messages", method="POST")[-1].body
    assert sent["content"] == f"<@&{world.role.id}>"  # the one ping the operator chose
    assert [int(role) for role in sent["allowed_mentions"]["roles"]] == [world.role.id]
    assert not sent["allowed_mentions"].get("parse")
    # The fixture then audits every payload of the session: no other mention was possible.
