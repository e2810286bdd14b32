"""Quotes on invented text: a comment or question brought in "from" its author keeps that author
when a bracketed aside sits between ("Top comment (2k upvotes), from one user: “...”")."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_text_from_someone_after_a_bracketed_aside_is_theirs() -> None:
    for line in (
        "Top comment (2.4k upvotes), from one user: “Tuesday is my anniversary. Rude.”",
        "Most liked reply (900 likes), from one viewer: “Tuesday is my anniversary. Rude.”",
    ):
        found = facts(
            "The Lantern Coast premiere date was finally announced this morning.",
            line,
            date="2026-03-09",
            title="Lantern Coast megathread",
        )
        quote = next(q for q in found.quotes if q.text.startswith("Tuesday"))
        assert quote.source is SourceKind.UNNAMED and quote.served, (line, quote)


def test_a_statement_from_an_organisation_opening_the_quote_is_theirs() -> None:
    found = facts(
        "Lowmoor has moved to 10 April 2026.",
        "Official statement from Harrowfield Pictures (posted on their site): “We are grateful "
        "for your patience.”",
        date="2026-05-04",
        title="Lowmoor date moved",
    )
    quote = next(q for q in found.quotes if q.text.startswith("We are grateful"))
    assert (quote.speaker, quote.source) == ("Harrowfield Pictures", SourceKind.ORGANISATION)


def test_a_text_from_someone_passed_on_with_words_of_ones_own_is_the_sharers() -> None:
    for noun in ("statement", "post"):
        found = facts(
            "Lowmoor has moved to 10 April 2026.",
            f"A fan shared the {noun} from Harrowfield Pictures and wrote: “Worth the wait.”",
            date="2026-05-04",
            title="Lowmoor date moved",
        )
        quote = next(q for q in found.quotes if q.text.startswith("Worth"))
        assert quote.source is SourceKind.UNNAMED, (noun, quote)
