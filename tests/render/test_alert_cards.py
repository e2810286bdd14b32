"""Alert cards: what an alert's "What's new" says."""

from __future__ import annotations

from bot.answers.alerts import Change, ChangeKind, NewsItem
from bot.render.alert_cards import SAMPLE_QUOTE_CHARS, alert_card
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
