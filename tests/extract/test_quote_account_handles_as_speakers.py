"""Quotes on invented text: the account an attribution names as the poster ("The official
@x account posted", "@x, never one to stay quiet, replied") speaks, not a company named
elsewhere; a handle that spells the company with a territory after it stays its own account."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> tuple[str, str] | None:
    for quote in facts(*paragraphs).quotes:
        if quote.text.startswith(start) and quote.served:
            return quote.speaker, quote.source.name
    return None


def test_a_shows_account_posting_is_the_handle_not_the_streamer() -> None:
    said = _said(
        "Rain or shine",
        "Vantory confirmed on Monday that filming on Lowmere Tide has begun in Cornwall.",
        "The official @lowmeretide account posted a photo of a slate with the caption “Rain or "
        "shine, we roll 🌊”. Fans were delighted.",
    )
    assert said == ("@lowmeretide", "ORGANISATION")


def test_a_territory_handle_with_an_aside_before_its_verb_is_the_account() -> None:
    said = _said(
        "let them rest",
        "Vantory has not said whether a second film of Lowmere Tide is planned.",
        "@VantoryUK, never one to stay quiet, replied to a fan asking for more with a single "
        "line: “let them rest. they earned it.”",
    )
    assert said == ("@VantoryUK", "ORGANISATION")


def test_a_handle_spelling_the_company_still_speaks_for_it() -> None:
    said = _said(
        "Rain or shine",
        "Vantory confirmed on Monday that filming on Lowmere Tide has begun in Cornwall.",
        "The official @vantory account posted a photo of a slate with the caption “Rain or "
        "shine, we roll”. Fans were delighted.",
    )
    assert said == ("Vantory", "ORGANISATION")
