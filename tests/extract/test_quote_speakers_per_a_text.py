"""Quotes on invented text: words cited after the quote to a company's text ("“...”, per a
Lumen post", "“...”, according to a Lumen Films statement") are the company's, never the person
the sentence before is about."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_words_cited_to_a_companys_text_are_the_companys() -> None:
    for line in (
        "There is no trailer yet, though one is “coming soon”, per a Lumen post.",
        "No trailer so far, but one is “on the way”, according to a Lumen Films statement.",
        "A teaser is “coming soon”, per a Lumen Films update.",
    ):
        found = facts(
            "Lumen Films confirmed the date for Salt Meadow on Tuesday.",
            "Ivo Marsh directed, and Dalia Frome is back as Mara Quint. " + line,
        )
        quote = next(q for q in found.quotes if q.text in {"coming soon", "on the way"})
        assert quote.source is SourceKind.ORGANISATION, line
        assert quote.speaker.startswith("Lumen"), line
