"""Moderators' answers as cards: each says what was done, in the words moderators know."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import Answer
from bot.answers.alerts import AlertKind, AlertRoute
from bot.answers.moderation import (
    AlertResent,
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
from bot.facts import ArticleFacts, CastFact, CrewFact, CrewRole, ReleaseFact, ReleaseKind
from bot.render.cards import cards_for
from bot.render.common import Tone
from bot.render.embeds import DiscordStyle
from bot.render.text import TextStyle

FACTS = ArticleFacts(
    cast=tuple(CastFact(f"Actor {n}", f"Role {n}", "") for n in range(12)),
    crew=(CrewFact("Ada Okafor", CrewRole.EXECUTIVE_PRODUCER, ""),),
    release=(ReleaseFact(ReleaseKind.PREMIERE_DATE, "", date=dt.date(2026, 2, 13)),),
)


def test_alerts_on_names_the_channel_the_filter_the_role_and_a_ping_that_notifies_nobody() -> None:
    route = AlertRoute(1, 10, kinds=frozenset({AlertKind.CAST}), keywords=("Tao",), role_id=20)
    (card,) = cards_for(AlertsOn(route, silent_ping=True), DiscordStyle())
    assert card.title == "News alerts on"
    first, warning, how_to_stop = card.description.split("\n")
    assert (
        first == "News alerts will be posted in <#10>: only cast, mentioning “Tao”; pings <@&20>."
    )
    assert warning.startswith("<@&20> is not mentionable")
    assert "`ping:off`" in how_to_stop
    (quiet,) = cards_for(AlertsOn(AlertRoute(1, 10, forum=True), created=False), DiscordStyle())
    assert quiet.description == (
        "News alerts in <#10> (a new post for each alert) from now on: every article; pings nobody."
    )


@pytest.mark.parametrize(
    ("answer", "title", "text"),
    [
        (AlertsOff(was_on=True), "News alerts off", "No more news alerts will be posted in"),
        (AlertsOff(True, 10, 1), "News alerts off", "in <#10>. Alerts still go to 1 other"),
        (AlertsOff(was_on=False), "News alerts off", "No news alerts were going to this server"),
        (SampleAlertSent(10, "News"), "Test alert sent", "Sent the alert for “News” to <#10>."),
        (SampleAlertSent(10, "N", route_takes_it=False), "Test alert sent", "would not post"),
        (AlertsResumed(True, 2), "News alerts resumed", "one digest per channel"),
        (AlertsResumed(False), "News alerts", "were not paused"),
        (AlertResent(10, "Lost"), "Alert resent", "“Lost” is being posted in <#10>"),
        (AlertResent(10, "Lost", paused=True), "Alert resent", "when alerts resume"),
        (PremiereEvents(enabled=False), "Premiere events off", "I won't create or move"),
        (ArticleRemoved("**Big** news"), "Removed", "“\\*\\*Big\\*\\* news” and its facts"),
        (CommandsSynced(12, everywhere=False), "Commands synced", "Published 12 commands to this"),
        (CommandsSynced(3, everywhere=True), "Commands synced", "to every server (this can"),
    ],
)
def test_a_moderator_answer_says_what_was_done(answer: Answer, title: str, text: str) -> None:
    (card,) = cards_for(answer, DiscordStyle())
    assert card.title == title
    assert text in card.description
    assert card.tone is Tone.ANSWER


def test_premiere_events_without_manage_events_is_a_notice_saying_what_to_grant() -> None:
    (card,) = cards_for(PremiereEvents(enabled=True, missing_manage_events=True), DiscordStyle())
    assert card.tone is Tone.NOTICE
    assert "*Manage Events*" in card.description
    (fine,) = cards_for(PremiereEvents(enabled=True), DiscordStyle())
    assert fine.tone is Tone.ANSWER and "Manage Events" not in fine.description


def test_an_added_article_lists_its_facts_in_words_at_most_ten_a_field() -> None:
    answer = ArticleAdded("2026-02-13_big-news.txt", "Big @everyone news", FACTS)
    (card,) = cards_for(answer, DiscordStyle())
    assert card.title == "Added: Big @\u200beveryone news"
    assert "`2026-02-13_big-news.txt`" in card.description
    fields = {field.name: field.value for field in card.fields}
    assert fields["Cast"].count("•") == 11 and fields["Cast"].endswith("• and 2 more")
    assert fields["Crew"] == "• **Ada Okafor**, executive producer"
    assert fields["Release"] == "• Premiere: 13 February 2026"  # a date: the same everywhere
    (text,) = cards_for(answer, TextStyle())
    assert {f.name: f.value for f in text.fields}["Release"] == "• Premiere: 13 February 2026"
    (bare,) = cards_for(ArticleAdded("a.txt", "A", ArticleFacts()), TextStyle())
    assert [(f.name, f.value) for f in bare.fields] == [
        ("Facts found", "None: it will be a plain news alert.")
    ]


def test_a_pause_says_until_when_and_what_waits() -> None:
    until = dt.datetime(2032, 1, 1, 18, tzinfo=dt.UTC)
    (card,) = cards_for(AlertsPaused(until, waiting=3), TextStyle())
    assert card.tone is Tone.NOTICE
    assert f"<t:{int(until.timestamp())}:f>" in card.description
    assert "3 alerts already waiting" in card.description
    (forever,) = cards_for(AlertsPaused(None), TextStyle())
    assert "until `/alerts resume`" in forever.description
