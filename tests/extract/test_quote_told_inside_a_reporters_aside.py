"""Quotes on invented text: "Her old coach, he says, once told him: “...”" is the coach's
words, which the "he" of the aside only relays; they are never credited to him."""

from __future__ import annotations

from tests.extract.helpers import facts


def _found(sentence: str) -> object:
    return facts(
        "Desmond Okereke-Voss plays a ferryman in Low Water, which opens in June.",
        "He grew up in Hull and rowed for his school.",
        sentence,
        date="2026-04-10",
        title="Desmond Okereke-Voss on Low Water",
    )


def test_the_teller_inside_the_aside_is_not_the_relayer() -> None:
    found = _found(
        "His rowing coach, he says, once told him: “You will never be fast, so be calm.”"
    )
    quote = next(q for q in found.quotes if q.text.startswith("You will never"))  # type: ignore[attr-defined]
    assert not (quote.served and quote.speaker == "Desmond Okereke-Voss")


def test_the_relayers_own_aside_still_speaks() -> None:
    found = _found(
        "His rowing coach was strict. “I was terrified of him,” he says, “and he knew it.”"
    )
    quote = next(q for q in found.quotes if q.text.startswith("I was terrified"))  # type: ignore[attr-defined]
    assert (quote.speaker, quote.served) == ("Desmond Okereke-Voss", True)
