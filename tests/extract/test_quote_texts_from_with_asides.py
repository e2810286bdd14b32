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
