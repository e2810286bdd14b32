"""Alert cards: what an alert's "What's new" says, and ``/alerts status`` for one server."""

from __future__ import annotations

import datetime as dt

from bot.answers.alerts import (
    HOPED,
    AlertStatus,
    Change,
    ChangeKind,
    Delivered,
    EventState,
    NewsItem,
    Subscription,
)
from bot.render.alert_cards import SAMPLE_QUOTE_CHARS, alert_card, status_card
from bot.render.embeds import DiscordStyle
from bot.render.text import TextStyle


def whats_new(*changes: Change, today: dt.date | None = None) -> list[str]:
    card = alert_card(NewsItem("a.txt", "A", None, "", changes), TextStyle(), today=today)
    return card.fields[0].value.splitlines()


def test_every_kind_of_change_is_said_in_the_words_the_commands_use() -> None:
    lines = whats_new(
        Change(ChangeKind.PREMIERE_ANNOUNCED, value="2026-02-13"),
        Change(ChangeKind.PREMIERE_MOVED, value="2026-02-27", previous="2026-02-13"),
        Change(ChangeKind.PREMIERE_WITHDRAWN, previous="2026-02-27"),
        Change(ChangeKind.TITLE, value="Marlow"),
        Change(ChangeKind.TITLE, value="Marlow Forever", previous="Marlow"),
        Change(ChangeKind.NEW_CAST, subject="Jonah Pryce", value="Rory Calloway"),
        Change(ChangeKind.RECAST, subject="Jonah Pryce", value="Ezra Mensah", previous="Rory C"),
        Change(ChangeKind.LEFT_CAST, subject="Jonah Pryce", previous="Ezra Mensah"),
        Change(ChangeKind.FILMING, subject="started", value="2025-06-02"),
        Change(ChangeKind.FILMING, subject="wrapped", value=""),
        Change(ChangeKind.FILMING, subject="planned", value="2025-06/2025-08"),
        Change(ChangeKind.RELEASE_WINDOW, value="2026-01/2026-04"),
        Change(ChangeKind.RELEASE_WINDOW, subject=HOPED, value="2026"),
        Change(ChangeKind.NEW_QUOTES, value="We start in May", count=2),
        today=dt.date(2026, 1, 1),
    )
    assert lines == [
        "• Premiere date announced: 13 February 2026",
        "• Premiere moved from 13 February 2026 to 27 February 2026",
        "• Premiere date withdrawn: no longer 27 February 2026",
        "• Title announced: Marlow",
        "• Title changed to Marlow Forever (was Marlow)",
        "• New cast: Rory Calloway as Jonah Pryce",
        "• Recast: Jonah Pryce is now played by Ezra Mensah (previously Rory C)",
        "• Left the cast: Ezra Mensah no longer plays Jonah Pryce",
        "• Filming started on 2 June 2025",
        "• Filming has wrapped",
        "• Filming was due to start in summer 2025",
        "• The release is expected in early 2026",
        "• A release in 2026 is hoped for",
        "• 2 new quotes, e.g. “We start in May”",  # unattributed: no speaker named
    ]


def test_a_premiere_already_past_is_told_in_the_past_tense() -> None:
    announced = Change(ChangeKind.PREMIERE_ANNOUNCED, value="2026-02-13")
    moved = Change(ChangeKind.PREMIERE_MOVED, value="2026-02-27", previous="2026-02-13")
    assert whats_new(announced, moved, today=dt.date(2026, 3, 1)) == [
        "• Premiered on 13 February 2026",
        "• Premiered on 27 February 2026 (moved from 13 February 2026)",
    ]
    # On the day itself it still premieres; with no day known, the future is assumed.
    assert whats_new(announced, today=dt.date(2026, 2, 13)) == [
        "• Premiere date announced: 13 February 2026"
    ]
    assert whats_new(announced) == ["• Premiere date announced: 13 February 2026"]


def test_a_long_sample_quote_is_shortened_by_the_card() -> None:
    (line,) = whats_new(Change(ChangeKind.NEW_QUOTES, subject="Ada", value="word " * 400, count=1))
    quoted = line.split("“", 1)[1].split("”", 1)[0]
    assert len(quoted) == SAMPLE_QUOTE_CHARS and quoted.endswith("…")


def test_new_crew_names_the_role_in_words() -> None:
    (line,) = whats_new(Change(ChangeKind.NEW_CREW, subject="Ada Okafor", value="casting_director"))
    assert line == "• New crew: Ada Okafor, casting director"


def test_alert_status_links_to_the_servers_own_event_and_messages() -> None:
    status = AlertStatus(
        Subscription(guild_id=7, channel_id=10, role_id=None, events_enabled=True),
        pending=2,
        delivered=(Delivered(1, "Headline", None, 10, 99, None),),
        failed=(),
        event=EventState(7, 55, dt.date(2032, 2, 13), None),
    )
    card = status_card(status, DiscordStyle())
    assert "Channel: <#10>" in card.description and "Waiting to be delivered: 2" in card.description
    fields = {field.name: field.value for field in card.fields}
    assert "https://discord.com/events/7/55" in fields["Premiere event"]
    assert "https://discord.com/channels/7/10/99" in fields["Last alerts delivered"]
    off = status_card(AlertStatus(None, 0, (), (), None), DiscordStyle())
    assert off.title == "News alerts are off"
