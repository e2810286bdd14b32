"""Quote lines on invented text: words a script page gives a part ("the script page has Dessa
saying “...”") or an actor must say take after take ("has to say “...” nine times") are the
work's line, never a quote; what the actor says between takes stays a quote."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quotes(paragraph: str) -> list[QuoteFact]:
    found = facts(
        "Mara Quist plays Dessa Moor in Tidewater, shooting this month on the Mayo coast.",
        "I spent a wet Tuesday on the Tidewater set.",
        paragraph,
        date="2026-03-03",
        title="Set visit: a day in the rain with Tidewater",
    )
    return list(found.quotes)


def _served(quotes: list[QuoteFact], start: str) -> QuoteFact | None:
    return next((q for q in quotes if q.text.startswith(start) and q.served), None)


def test_a_line_the_script_gives_a_part_is_held() -> None:
    for paragraph in (
        "The script page I am allowed to read has Tomas saying, “The tide took him, not me.”"
        " It may be cut.",
        "The screenplay has him ask, “Keep the lamp lit till I'm back?”",
    ):
        start = paragraph.split("“")[1][:8]
        assert _served(_quotes(paragraph), start) is None, paragraph


def test_a_line_said_take_after_take_is_held_and_the_aside_stays() -> None:
    quotes = _quotes(
        "Quist has to say “Somebody left the gate open” nine times, because a dog keeps running"
        " into shot. “The dog is the real star,” she says between takes."
    )
    assert _served(quotes, "Somebody left") is None
    aside = _served(quotes, "The dog is")
    assert aside is not None and aside.speaker == "Mara Quist"


def test_words_someone_had_to_say_to_the_press_stay_a_quote() -> None:
    quotes = _quotes(
        "Asked about the weather, Mara Quist said she had to be honest: “I have never been so"
        " wet in my life.”"
    )
    quote = _served(quotes, "I have never")
    assert quote is not None and quote.speaker == "Mara Quist"
