"""Moderators' commands through the real command tree: the typed answer or error each gives.

Moderation only works in a server, which the offline console cannot be, so these run the real
bot on the fake Discord (real interactions, channels and roles resolved by discord.py) with the
recording presenter: what is checked is the answer, not its wording (see tests/render/).
"""

from __future__ import annotations

import pytest

from bot.answers.alerts import AlertKind, AlertRoute, AlertStatus
from bot.answers.errors import InvalidInput, NotAllowed, NotFoundError
from bot.answers.moderation import (
    AlertsOff,
    AlertsOn,
    AlertsPaused,
    AlertsResumed,
    ArticleAdded,
    ArticleRemoved,
    CommandsSynced,
    PremiereEvents,
    SampleAlertSent,
)
from bot.db.subscriptions import guild_routes
from bot.moderation.alert_settings import MAX_ROUTES
from tests.alerts.helpers import subscribe
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
    route = AlertRoute(servers.editor.id, news.id, role_id=servers.role.id)
    # The fake's roles are not mentionable, and the bot may not mention all roles.
    assert answer == AlertsOn(route, created=True, silent_ping=True)
    assert await guild_routes(servers.db, servers.editor.id) == [route]


async def test_alerts_set_again_keeps_what_is_not_given_and_ping_off_removes_the_role(
    servers: Servers,
) -> None:
    news = servers.news(servers.editor)
    await servers.run("alerts set", {"channel": news, "role": servers.role, "only": "dates"})
    again = await servers.run("alerts set", {"channel": news, "keywords": 'premiere "Nick Nelson"'})
    assert isinstance(again, AlertsOn) and not again.created
    assert again.route == AlertRoute(
        servers.editor.id,
        news.id,
        kinds=frozenset({AlertKind.DATES}),
        keywords=("premiere", "Nick Nelson"),
        role_id=servers.role.id,
    )
    silent = await servers.run("alerts set", {"channel": news, "ping": "off"})
    assert isinstance(silent, AlertsOn) and silent.route.role_id is None
    assert silent.route.keywords == ("premiere", "Nick Nelson")
    both = await servers.run("alerts set", {"channel": news, "role": servers.role, "ping": "off"})
    assert isinstance(both, InvalidInput)
    cleared = await servers.run("alerts set", {"channel": news, "keywords": "off"})
    assert isinstance(cleared, AlertsOn) and cleared.route.keywords == ()
    every = await servers.run("alerts set", {"channel": news, "only": "articles, cast"})
    assert isinstance(every, AlertsOn) and every.route.kinds == {AlertKind.ARTICLES}


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("only", "dates, gossip", "gossip"),
        ("only", ",", "at least one kind"),
        ("keywords", "!!!", "no letter or digit"),
        ("keywords", " ".join(f"w{i}" for i in range(25)), "20 keywords at most"),
    ],
)
async def test_a_bad_filter_is_refused_with_what_would_work_and_saves_nothing(
    servers: Servers, option: str, value: str, words: str
) -> None:
    news = servers.news(servers.editor)
    refused = await servers.run("alerts set", {"channel": news, option: value})
    assert isinstance(refused, InvalidInput) and words in str(refused)
    assert await guild_routes(servers.db, servers.editor.id) == []


async def test_only_is_completed_kind_by_kind(servers: Servers) -> None:
    choices = await servers.fake.invoke_autocomplete(
        "alerts set", "only", "dates, c", guild_id=servers.editor.id
    )
    assert [c["value"] for c in choices.choices] == ["dates, cast", "dates, crew"]


async def test_a_server_has_several_routes_and_turns_one_or_all_off(servers: Servers) -> None:
    general, news = servers.editor.channels[:2]
    await servers.run("alerts set", {"channel": general})
    await servers.run("alerts set", {"channel": news, "only": "cast"})
    assert len(await guild_routes(servers.db, servers.editor.id)) == 2
    one = await servers.run("alerts off", {"channel": general})
    assert one == AlertsOff(was_on=True, channel_id=general.id, remaining=1)
    again = await servers.run("alerts off", {"channel": general})
    assert again == AlertsOff(was_on=False, channel_id=general.id, remaining=1)
    assert await servers.run("alerts off") == AlertsOff(was_on=True)
    assert await guild_routes(servers.db, servers.editor.id) == []


async def test_a_server_has_at_most_ten_routes(servers: Servers) -> None:
    for channel_id in range(1, MAX_ROUTES + 1):
        await subscribe(servers.db, servers.editor.id, channel_id)
    refused = await servers.run("alerts set", {"channel": servers.news(servers.editor)})
    assert isinstance(refused, InvalidInput) and "10 channels" in str(refused)


async def test_a_forum_is_a_route_unless_it_requires_tags(servers: Servers) -> None:
    forum, tagged = servers.editor.channels[2:]
    answer = await servers.run("alerts set", {"channel": forum})
    assert answer == AlertsOn(AlertRoute(servers.editor.id, forum.id, forum=True))
    refused = await servers.run("alerts set", {"channel": tagged})
    assert isinstance(refused, InvalidInput) and "requires a tag" in str(refused)
    forum.deny_everyone(servers.editor.id, SEND_MESSAGES)
    await servers.fake.update_channel(forum)
    refused = await servers.run("alerts set", {"channel": forum})
    assert isinstance(refused, InvalidInput) and "Create Posts" in str(refused)


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
    assert await guild_routes(servers.db, servers.editor.id) == []


async def test_alerts_off_status_and_test_answer_for_this_server_only(servers: Servers) -> None:
    news = servers.news(servers.editor)
    assert isinstance(await servers.run("alerts test"), NotFoundError)
    await subscribe(servers.db, servers.editor.id, news.id, servers.role.id)
    sent = await servers.run("alerts test")
    assert isinstance(sent, SampleAlertSent) and sent.channel_id == news.id
    (sample,) = servers.fake.channel_messages(news.id)
    assert sample["embeds"][0]["title"].startswith("Test alert")
    status = await servers.run("alerts status")
    assert isinstance(status, AlertStatus) and status.server is not None
    assert [r.route.channel_id for r in status.routes] == [news.id]
    elsewhere = await servers.run("alerts status", guild=servers.other)
    assert isinstance(elsewhere, AlertStatus) and elsewhere.server is None
    assert await servers.run("alerts off") == AlertsOff(was_on=True)
    assert await servers.run("alerts off") == AlertsOff(was_on=False)


async def test_alerts_test_names_the_channel_when_there_are_several(servers: Servers) -> None:
    general, news = servers.editor.channels[:2]
    await subscribe(servers.db, servers.editor.id, general.id)
    await subscribe(servers.db, servers.editor.id, news.id, kinds=frozenset({AlertKind.DATES}))
    which = await servers.run("alerts test")
    assert isinstance(which, InvalidInput) and "channel:" in str(which)
    sent = await servers.run("alerts test", {"channel": news})
    # The newest seeded article states no premiere date: a dates-only route would skip it.
    assert isinstance(sent, SampleAlertSent) and not sent.route_takes_it
    other = servers.other.channels[1]
    unknown = await servers.run("alerts test", {"channel": other}, guild=servers.other)
    assert isinstance(unknown, NotFoundError)


async def test_pause_and_resume_answer_what_waits(servers: Servers) -> None:
    assert isinstance(await servers.run("alerts pause"), NotFoundError)
    await subscribe(servers.db, servers.editor.id, servers.news(servers.editor).id)
    paused = await servers.run("alerts pause", {"hours": 2})
    assert isinstance(paused, AlertsPaused) and paused.until is not None
    assert await servers.run("alerts resume") == AlertsResumed(was_paused=True)
    assert await servers.run("alerts resume") == AlertsResumed(was_paused=False)


async def test_premiere_events_say_when_the_bot_lacks_manage_events(servers: Servers) -> None:
    assert isinstance(await servers.run("alerts events on"), NotFoundError)
    for guild in (servers.editor, servers.other):
        await subscribe(servers.db, guild.id, servers.news(guild).id)
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
