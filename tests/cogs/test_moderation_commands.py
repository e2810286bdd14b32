"""Moderators' commands through the real command tree: the typed answer or error each gives.

Moderation only works in a server, which the offline console cannot be, so these run the real
bot on the fake Discord (real interactions, channels and roles resolved by discord.py) with the
recording presenter: what is checked is the answer, not its wording (see tests/render/).
"""

from __future__ import annotations

import pytest

from bot.answers.alerts import AlertStatus
from bot.answers.errors import InvalidInput, NotAllowed, NotFoundError
from bot.answers.moderation import (
    AlertsOff,
    AlertsOn,
    ArticleAdded,
    ArticleRemoved,
    CommandsSynced,
    PremiereEvents,
    SampleAlertSent,
)
from bot.db.subscriptions import set_subscription, subscription
from tests.cogs.conftest import Servers
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    SEND_MESSAGES,
)


async def test_alerts_set_answers_where_alerts_go_and_whether_the_ping_notifies(
    servers: Servers,
) -> None:
    news = servers.news(servers.editor)
    answer = await servers.run("alerts set", {"channel": news, "role": servers.role})
    # The fake's roles are not mentionable, and the bot may not mention all roles.
    assert answer == AlertsOn(news.id, servers.role.id, silent_ping=True)
    saved = await subscription(servers.db, servers.editor.id)
    assert saved is not None and (saved.channel_id, saved.role_id) == (news.id, servers.role.id)
    assert await servers.run("alerts set", {"channel": news}) == AlertsOn(news.id, None)


async def test_alerts_set_refuses_everyone_and_channels_the_bot_cannot_post_in(
    servers: Servers,
) -> None:
    news = servers.news(servers.editor)
    everyone = servers.editor.everyone_role()
    refused = await servers.run("alerts set", {"channel": news, "role": everyone})
    assert isinstance(refused, InvalidInput) and "not @everyone" in str(refused)
    news.deny_everyone(servers.editor.id, SEND_MESSAGES)
    await servers.fake.update_channel(news)
    refused = await servers.run("alerts set", {"channel": news})
    assert isinstance(refused, InvalidInput) and "Send Messages" in str(refused)
    assert await subscription(servers.db, servers.editor.id) is None


async def test_alerts_off_status_and_test_answer_for_this_server_only(servers: Servers) -> None:
    news = servers.news(servers.editor)
    assert isinstance(await servers.run("alerts test"), NotFoundError)
    await set_subscription(servers.db, servers.editor.id, news.id, servers.role.id, 1)
    assert await servers.run("alerts test") == SampleAlertSent(news.id)
    (sample,) = servers.fake.channel_messages(news.id)
    assert sample["embeds"][0]["title"].startswith("Test alert")
    status = await servers.run("alerts status")
    assert isinstance(status, AlertStatus) and status.subscription is not None
    assert status.subscription.channel_id == news.id
    elsewhere = await servers.run("alerts status", guild=servers.other)
    assert isinstance(elsewhere, AlertStatus) and elsewhere.subscription is None
    assert await servers.run("alerts off") == AlertsOff(was_on=True)
    assert await servers.run("alerts off") == AlertsOff(was_on=False)


async def test_premiere_events_say_when_the_bot_lacks_manage_events(servers: Servers) -> None:
    assert isinstance(await servers.run("alerts events on"), NotFoundError)
    for guild in (servers.editor, servers.other):
        await set_subscription(servers.db, guild.id, servers.news(guild).id, None, 1)
    assert await servers.run("alerts events on") == PremiereEvents(enabled=True)
    assert await servers.run("alerts events on", guild=servers.other) == PremiereEvents(
        enabled=True, missing_manage_events=True
    )
    assert await servers.run("alerts events off") == PremiereEvents(enabled=False)


async def test_news_add_answers_with_the_file_and_the_facts_found(servers: Servers) -> None:
    options = {"title": "Orla Halvorsen Joins", "body": "Orla Halvorsen will play Pim Lisowski."}
    added = await servers.run("news add", {**options, "date": "2026-03-04"})
    assert isinstance(added, ArticleAdded)
    assert added.file_name == "2026-03-04_orla-halvorsen-joins.txt"
    assert (servers.seeds / added.file_name).is_file()
    assert [(c.actor, c.character) for c in added.facts.cast] == [
        ("Orla Halvorsen", "Pim Lisowski")
    ]
    removed = await servers.run("news remove", {"article": added.file_name})
    assert removed == ArticleRemoved(added.headline)
    assert not (servers.seeds / added.file_name).exists()


async def test_news_desk_errors_are_typed_and_quote_what_was_typed(servers: Servers) -> None:
    bad_date = await servers.run("news add", {"title": "T", "body": "B.", "date": "2026-13-45"})
    assert isinstance(bad_date, InvalidInput) and bad_date.echo == "2026-13-45"
    assert str(bad_date) == "“2026-13-45” is not a date like 2025-04-28."
    missing = await servers.run("news remove", {"article": "@everyone no such article"})
    assert isinstance(missing, NotFoundError) and missing.echo == "@everyone no such article"
    elsewhere = await servers.run("news add", {"title": "T", "body": "B."}, guild=servers.other)
    assert isinstance(elsewhere, NotAllowed) and elsewhere.title == "Not here"


@pytest.mark.parametrize("name", ["alerts off", "news remove", "sync"])
async def test_a_member_without_the_permission_gets_not_allowed(
    servers: Servers, name: str
) -> None:
    options = {"article": "x"} if name == "news remove" else None
    refused = await servers.run(name, options, permissions=DEFAULT_EVERYONE_PERMISSIONS)
    assert isinstance(refused, NotAllowed)


async def test_only_the_owner_syncs_and_is_told_how_many_commands(servers: Servers) -> None:
    refused = await servers.run("sync")  # a moderator, but not the bot's owner
    assert isinstance(refused, NotAllowed) and "owner" in str(refused)
    servers.fake.default_user = servers.fake.owner
    servers.editor.members.append(servers.fake.owner)
    synced = await servers.run("sync")
    assert isinstance(synced, CommandsSynced) and not synced.everywhere
    assert synced.count == len(servers.fake.commands(servers.editor.id))
