"""Quotes on invented text: a headline in German marks („...“) is no one's quote, and the “ that
closes it after a word never opens a quotation that runs on to the paragraph's end."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_german_marks_open_no_quote() -> None:
    found = facts(
        "Cameras are rolling in Duneford for Lantern Hollow.",
        "Read the German original: „Das stille Haus“ dreht in Duneford",
        date="2025-11-04",
        title="Lantern Hollow starts shooting in Duneford",
    )
    assert not [q for q in found.quotes if q.served]


def test_english_quote_after_a_space_still_opens() -> None:
    found = facts(
        "Cameras are rolling in Duneford for Lantern Hollow.",
        "Director Osgar Pellin said: “Duneford was always the place.”",
        date="2025-11-04",
        title="Lantern Hollow starts shooting in Duneford",
    )
    assert any(q.served and q.text.startswith("Duneford was") for q in found.quotes)
