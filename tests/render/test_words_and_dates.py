"""How replies read: dates in every time zone, whole-word titles, English plurals and lists."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.lookups import Credit, Source, WhoIs
from bot.answers.moderation import CommandsSynced
from bot.render.cards import cards_for
from bot.render.common import and_list, counted, or_list, shorten
from bot.render.dates import countdown, long_date, utc_instant
from bot.render.embeds import DiscordStyle
from bot.render.text import TextStyle, text_for

PREMIERE = dt.date(2026, 2, 13)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2025, 11, 20), "in 2 months"),
        (dt.date(2026, 1, 14), "in 4 weeks"),
        (dt.date(2025, 2, 1), "in 1 year"),
        (dt.date(2026, 9, 20), "7 months ago"),
        (dt.date(2026, 2, 12), None),  # tomorrow here is today in Kiribati
        (dt.date(2026, 2, 13), None),
        (dt.date(2026, 2, 6), None),
        (dt.date(2026, 1, 30), None),  # 14 days here, 13 or 15 elsewhere
    ],
)
def test_a_relative_countdown_only_where_it_cannot_name_the_wrong_day(
    today: dt.date, expected: str | None
) -> None:
    assert countdown(PREMIERE, today) == expected


def test_dates_are_text_and_instants_have_their_real_time() -> None:
    assert long_date(PREMIERE) == DiscordStyle().date(PREMIERE) == "13 February 2026"
    moment = dt.datetime(2026, 11, 21, 14, 3, 59, tzinfo=dt.UTC)
    assert utc_instant(moment) == TextStyle().moment(moment) == "21 November 2026 at 14:03 UTC"
    stamp = int(moment.timestamp())
    assert DiscordStyle().moment(moment) == f"<t:{stamp}:f>, <t:{stamp}:R>"


def test_titles_are_never_cut_mid_word() -> None:
    title = "Heartstopper creator Alice Oseman has shared exciting details about the upcoming film"
    cut = shorten(title, 80)
    assert cut == "Heartstopper creator Alice Oseman has shared exciting details about the…"
    assert len(cut) <= 80
    assert shorten("https://example.invalid/" + "x" * 200, 50).endswith("x…")  # one long word


def test_plurals_and_lists_read_as_english() -> None:
    assert counted(1, "server") == "1 server" and counted(2, "server") == "2 servers"
    assert counted(1, "catch-up digest") == "1 catch-up digest"
    assert counted(1, "problem") == "1 problem" and counted(3, "person") == "3 people"
    assert counted(1204, "article") == "1,204 articles"
    assert and_list(["Ada", "Bo", "Cy"]) == "Ada, Bo and Cy" and and_list(["Ada"]) == "Ada"
    assert or_list(["Ada", "Bo"]) == "Ada or Bo"


def test_quoted_n_times_names_the_person_to_try() -> None:
    source = Source("a.txt", "A headline", dt.date(2025, 4, 28))
    answer = WhoIs("Alice Oseman", (), (Credit(source, job="creator"),), 12, (source,))
    text = text_for(cards_for(answer, TextStyle())[0])
    assert "Quoted 12 times (try /quote person:Alice Oseman)" in text
    once = WhoIs("Ada Hart", (), (), 1, (source,))
    assert "Quoted once (try /quote person:Ada Hart)" in text_for(cards_for(once, TextStyle())[0])


def test_one_command_is_one_command() -> None:
    (card,) = cards_for(CommandsSynced(1, everywhere=False), TextStyle())
    assert card.description == "Published 1 command to this server."
