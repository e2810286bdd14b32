"""Quotes on invented text: a trailer that ends (or an "It" that closes) on the card or the
words named straight before the marks shows lettering, no one's quote, so it is held; a
director's words about the trailer stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marsh Lane trailer: nine things we spotted"


def _quote(line: str, text: str):  # type: ignore[no-untyped-def]
    found = facts(
        "Corvid Pictures released the first Marsh Lane trailer on Tuesday, with Tamsin Orrell.",
        "The trailer is cut to a cover of an old folk song.",
        line,
        "Marsh Lane opens in cinemas on 3 May.",
        date="2026-02-10",
        title=_TITLE,
    )
    return next((q for q in found.quotes if q.text.startswith(text)), None)


def test_a_trailer_ending_on_a_card_or_words_is_held() -> None:
    for line, words in (
        ("The trailer ends with the card “Third of May. Only in cinemas.”", "Third of May"),
        ("It ends with the words “Some doors stay open, and some of them don't.”", "Some doors"),
        ("It closes on the words “Every tide comes back.”", "Every tide"),
    ):
        quote = _quote(line, words)
        assert quote is None or not quote.served, line


def test_a_directors_words_on_the_trailer_stay_theirs() -> None:
    line = "Director Ivo Penhale said the trailer ends “exactly where the story starts”."
    quote = _quote(line, "exactly where")
    assert quote is not None and quote.served and quote.speaker == "Ivo Penhale"
