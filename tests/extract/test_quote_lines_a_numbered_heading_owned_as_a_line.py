"""Quote lines on invented text: a numbered heading that is only words in marks, the paragraph
under it opening on a part's voiceover or line ("Dessa's voiceover line, over ..."), is the
work's line; a paragraph opening on someone's possessive that names no line leaves it as it
was."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(words: str, under: str) -> QuoteFact | None:
    found = facts(
        "Vireo released the full trailer for Tidewater on Monday. Here are the moments we loved.",
        "1. The pier",
        "It opens on the pier at dawn, gulls and all.",
        f"2. “{words}”",
        under,
        date="2026-02-10",
        title="Tidewater trailer: 5 moments",
    )
    return next((q for q in found.quotes if q.text.startswith(words[:12])), None)


def test_a_numbered_heading_over_a_parts_line_is_not_a_quote() -> None:
    for under in (
        "Dessa’s voiceover line, over a shot of the empty harbour, is the one fans repeat.",
        "Orvo’s closing line lands over the storm, and it is devastating.",
    ):
        quote = _quote("Do you still hear the sea?", under)
        assert quote is None or not quote.served, under


def test_a_heading_over_someones_other_possession_is_not_called_a_line() -> None:
    quote = _quote(
        "Do you still hear the sea?",
        "Dessa’s harbour looks colder than ever, and the gulls are back.",
    )
    assert quote is None or quote.doubt != "a line spoken in the work"
