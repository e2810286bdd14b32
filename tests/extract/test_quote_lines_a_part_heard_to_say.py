"""Quote lines on invented text: a fan waiting "to hear Dessa say “...”" in a trailer quotes the
part's line, not anyone's words; the actor heard to say something stays a quote."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(sentence: str, start: str) -> QuoteFact | None:
    found = facts(
        "Mara Quist plays Dessa Moor and Ivo Brandt plays Orvo Lind in Tidewater.",
        "The Tidewater trailer is out and the thread is chaos.",
        sentence,
        date="2026-02-10",
        title="Tidewater trailer megathread",
    )
    return next((q for q in found.quotes if q.text.startswith(start)), None)


def test_a_part_heard_to_say_words_is_not_a_quote() -> None:
    for sentence in (
        "Rewatching it just to hear Dessa say “I am not leaving the island” one more time.",
        "I need Orvo say “we go at dawn” on a loop forever.",
    ):
        start = sentence.split("“")[1][:8]
        quote = _quote(sentence, start)
        assert quote is None or not quote.served, sentence


def test_an_actor_heard_to_say_words_stays_a_quote() -> None:
    quote = _quote(
        "At the launch, Mara Quist said “I am not leaving the island until we film season two”.",
        "I am not leaving",
    )
    assert quote is not None and quote.served and quote.speaker == "Mara Quist"
