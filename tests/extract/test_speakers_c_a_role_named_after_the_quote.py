"""Quotes on invented text: when the words after a quotation give its sayer by a role someone
holds ("“...,” Tidewell's head of drama told the trade press"), the words are that
sayer's or no one's, never handed to the person the paragraph before was about; a plain
"she says" after the quote still goes to her."""

from __future__ import annotations

from tests.extract.helpers import facts

_NEWS = (
    "Tidewell finally put a date on it: Gullhaven, the series that ends Ottoline Varga's books, "
    "arrives in May.",
    "The teaser ends with a gull. Varga wrote the script.",
    '"Saying goodbye is the hardest scene to write," Tidewell\'s head of drama told the trade '
    'press, adding that it was "a gift to the readers".',
)


def test_the_role_after_the_quote_is_not_the_writer_before() -> None:
    found = facts(*_NEWS, date="2026-02-01", title="Gullhaven gets its date")
    quote = next(q for q in found.quotes if q.text.startswith("Saying goodbye"))
    assert quote.speaker != "Ottoline Varga", quote
    gift = next(q for q in found.quotes if q.text.startswith("a gift"))
    assert gift.speaker != "Ottoline Varga", gift


def test_a_pronoun_after_the_quote_still_goes_to_her() -> None:
    found = facts(
        "Ottoline Varga wrote every episode of Gullhaven.",
        "“Saying goodbye is the hardest scene to write,” she says.",
        date="2026-02-01",
        title="Gullhaven gets its date",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Saying goodbye"))
    assert quote.speaker == "Ottoline Varga", quote
