"""Quotes on invented text: a synopsis brought in with "According to the official synopsis"
names no company, so its words are the company's the article names most, never the production
company named last before it."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_according_to_a_synopsis_goes_to_the_company_the_article_is_about() -> None:
    for intro in ("According to the official synopsis,", "According to the logline,"):
        found = facts(
            "Vireo has picked up Northlight, and Vireo says it will stream this winter.",
            "Vireo has not set a day, but a Vireo trailer is promised for the autumn.",
            "Rowan Ames directs, and Haldane Pictures is producing.",
            f"{intro} “A keeper and a stranger share one winter on a rock in the sea.”",
            date="2026-03-02",
            title="Northlight: everything we know",
        )
        quote = next(q for q in found.quotes if q.text.startswith("A keeper"))
        assert quote.speaker != "Haldane Pictures", intro
        if quote.served:
            assert (quote.speaker, quote.source) == ("Vireo", SourceKind.ORGANISATION), intro
