"""Alert cards: an alert, a digest, a retraction, and ``/alerts status`` for one server."""

from __future__ import annotations

import datetime as dt

from bot.answers.alerts import (
    HOPED,
    AlertKind,
    AlertRoute,
    AlertStatus,
    Change,
    ChangeKind,
    Delivered,
    EventState,
    NewsItem,
    Pause,
    RouteStatus,
    ServerAlerts,
)
from bot.render.alert_cards import (
    SAMPLE_QUOTE_CHARS,
    alert_card,
    digest_card,
    retracted_card,
)
from bot.render.alert_status import status_card
from bot.render.embeds import DiscordStyle, embed_for
from bot.render.text import TextStyle

MOVED = Change(ChangeKind.PREMIERE_MOVED, value="2032-02-27", previous="2032-02-13")
CAST = Change(ChangeKind.NEW_CAST, subject="Pim Lisowski", value="Orla Halvorsen")
QUOTES = Change(ChangeKind.NEW_QUOTES, subject="Ada", value="A line.", count=2)


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


def test_an_alert_links_its_headline_to_the_article_and_says_the_lede_once() -> None:
    item = NewsItem(
        "a.txt", "Big News", dt.date(2032, 1, 5), "The lede.", (MOVED,), "https://x.test/a"
    )
    embed = embed_for(alert_card(item, DiscordStyle(), alert_id=7)).to_dict()
    assert (embed["title"], embed["url"]) == ("Big News", "https://x.test/a")
    assert embed["description"].count("The lede.") == 1
    assert embed["footer"]["text"].startswith("News alert #7 ")
    no_headline = NewsItem("b.txt", "Only a lede.", None, "Only a lede.")
    card = alert_card(no_headline, DiscordStyle())
    assert card.title == "Only a lede." and "Only a lede." not in card.description
    assert card.url is None and "url" not in embed_for(card).to_dict()


def test_a_digest_keeps_each_articles_whats_new_in_short_form() -> None:
    items = [
        NewsItem("a.txt", "Date Moved", dt.date(2032, 1, 5), "", (MOVED,), "https://x.test/(a)"),
        NewsItem("b.txt", "Casting", dt.date(2032, 1, 4), "", (CAST, QUOTES)),
        NewsItem("c.txt", "Plain", dt.date(2032, 1, 3), ""),
    ]
    card = digest_card(items, TextStyle(), alert_id=9)
    assert card.title == "Catch-up: 3 new articles"
    lines = card.description.splitlines()
    assert lines[0] == "• Date Moved <https://x.test/(a)> (5 January 2032)"
    assert lines[1] == "  Premiere moved to 27 February 2032"
    assert lines[3] == "  Orla Halvorsen as Pim Lisowski · 2 new quotes"
    assert lines[4] == "• Plain (3 January 2032)"
    on_discord = digest_card(items, DiscordStyle()).description
    assert "[**Date Moved**](https://x.test/%28a%29)" in on_discord


def test_a_digest_of_many_articles_fits_and_says_how_many_more() -> None:
    items = [
        NewsItem(f"{n}.txt", "Headline " * 12, dt.date(2032, 1, 1), "", (CAST, MOVED, QUOTES))
        for n in range(60)
    ]
    embed = embed_for(digest_card(items, DiscordStyle()))
    assert len(embed) <= 6000 and len(embed.description or "") <= 4096
    assert (embed.description or "").endswith("more")


def test_a_retracted_article_is_struck_through_in_its_digest_and_its_alert_says_so() -> None:
    items = [NewsItem("a.txt", "Gone", None, "", (CAST,)), NewsItem("b.txt", "Kept", None, "")]
    card = digest_card(items, TextStyle(), retracted={"a.txt"})
    assert "• ~~Gone~~ (retracted)" in card.description.splitlines()
    assert "Pim Lisowski" not in card.description
    retracted = retracted_card(items[0], TextStyle(), alert_id=3)
    assert retracted.title == "Retracted: Gone" and retracted.footer.startswith("News alert #3 ")


def test_alert_status_shows_every_route_its_problem_and_links_to_messages() -> None:
    dates = AlertRoute(7, 10, kinds=frozenset({AlertKind.DATES, AlertKind.CAST}), role_id=3)
    keyword = AlertRoute(7, 11, keywords=("premiere", "Nick Nelson"), forum=True)
    status = AlertStatus(
        ServerAlerts(7, events_enabled=True),
        (
            RouteStatus(dates, (Delivered(1, "Headline", 10, None, 99),)),
            RouteStatus(keyword, (Delivered(2, "Post", 11, None, 98, 98),), "I need X in <#11>"),
        ),
        pending=2,
        failed=(Delivered(5, "Lost", 10, None, error="I need the Send Messages permission"),),
        event=EventState(7, 55, dt.date(2032, 2, 13), None),
        premiere=dt.date(2032, 2, 13),
    )
    card = status_card(status, TextStyle())
    assert "Waiting to be delivered: 2" in card.description
    fields = {field.name: field.value for field in card.fields}
    assert fields["1. Channel"].startswith("<#10>: only dates, cast; pings <@&3>")
    assert "https://discord.com/channels/7/10/99" in fields["1. Channel"]
    assert "mentioning “premiere” or “Nick Nelson”; pings nobody" in fields["2. Forum"]
    assert "⚠ I need X in <#11>" in fields["2. Forum"]
    assert "https://discord.com/channels/7/98/98" in fields["2. Forum"]
    assert "Lost → <#10>" in fields["Not delivered"]
    assert "Send Messages" in fields["Not delivered"]
    assert "https://discord.com/events/7/55" in fields["Premiere event"]
    off = status_card(AlertStatus(None), DiscordStyle())
    assert off.title == "News alerts are off"


def test_the_premiere_line_says_the_date_whatever_the_event() -> None:
    premiere = dt.date(2032, 2, 13)
    refused = EventState(7, None, premiere, "the bot lacks the Manage Events permission")
    for server, event in [
        (ServerAlerts(7, events_enabled=True), refused),
        (ServerAlerts(7, events_enabled=True), None),
        (ServerAlerts(7, events_enabled=False), None),
    ]:
        card = status_card(AlertStatus(server, event=event, premiere=premiere), TextStyle())
        fields = {field.name: field.value for field in card.fields}
        assert "The premiere is on 13 February 2032." in fields["Premiere event"]
    card = status_card(
        AlertStatus(ServerAlerts(7, True), event=refused, premiere=premiere), TextStyle()
    )
    assert "No event: the bot lacks the Manage Events permission" in card.fields[-1].value


def test_a_paused_server_says_until_when() -> None:
    until = dt.datetime(2032, 1, 1, 18, tzinfo=dt.UTC)
    paused = ServerAlerts(7, pause=Pause(until, until))
    card = status_card(AlertStatus(paused), DiscordStyle())
    assert f"<t:{int(until.timestamp())}:f>" in card.description
    forever = status_card(AlertStatus(ServerAlerts(7, pause=Pause(until, None))), TextStyle())
    assert "until `/alerts resume`" in forever.description


def test_with_many_routes_each_shows_its_last_alert_and_failures_come_first() -> None:
    delivered = tuple(Delivered(n, f"Headline {n}", 10, None, n) for n in range(3))
    routes = tuple(RouteStatus(AlertRoute(7, n), delivered) for n in range(10))
    failed = (Delivered(9, "Lost", 10, None, error="refused"),)
    card = status_card(AlertStatus(ServerAlerts(7), routes, failed=failed), TextStyle())
    assert [f.name for f in card.fields[:2]] == ["Not delivered", "Premiere event"]
    assert all(f.value.count("• Headline") == 1 for f in card.fields[2:])
    few = status_card(AlertStatus(ServerAlerts(7), routes[:2]), TextStyle())
    assert few.fields[-1].value.count("• Headline") == 3
