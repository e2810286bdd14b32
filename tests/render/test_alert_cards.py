"""Alert cards: what an alert's "What's new" says, and ``/alerts status`` for one server."""

from __future__ import annotations

import datetime as dt

from bot.answers.alerts import (
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


def whats_new(*changes: Change) -> list[str]:
    card = alert_card(NewsItem("a.txt", "A", None, "", changes), TextStyle())
    return card.fields[0].value.splitlines()


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
