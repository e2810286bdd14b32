"""Quote speakers on invented text: a person named with the company they work for ("Producer
Ada Vale of Leeds-based Harrow Lane said") speaks, never the company nearest the verb."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(start: str, *lines: str) -> QuoteFact:
    found = facts(*lines, date="2026-05-02", title="Larkspur Hollow: the island drama in review")
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_person_of_a_company_speaks_not_the_company() -> None:
    for company in ("Sligo-based Tallow Reel", "Tallow Reel"):
        quote = _quote(
            "the only",
            "Larkspur Hollow, directed by Orsolya Finch, was shot on the coast last spring.",
            f"Producer Marisol Thistlewaite of {company} said casting the lead was "
            "“the only choice we never argued over”.",
        )
        assert (quote.speaker, quote.source) == ("Marisol Thistlewaite", SourceKind.PERSON), company


def test_a_company_alone_is_still_read_as_before() -> None:
    quote = _quote(
        "the only",
        "Larkspur Hollow, directed by Orsolya Finch, was shot on the coast last spring.",
        "Orsolya Finch said casting the lead was “the only choice we never argued over”.",
    )
    assert (quote.speaker, quote.source) == ("Orsolya Finch", SourceKind.PERSON)
