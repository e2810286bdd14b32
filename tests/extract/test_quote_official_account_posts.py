"""Quotes on invented text: "the post" right after "per the official X account" is that
account's, so its caption is the account's words."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_the_post_after_an_official_account_is_the_accounts() -> None:
    for line in (
        "Filming ended on Friday, per the official Gullwing account. The post had a photo of "
        "the crew and the caption read “Last light on the Gullwing set.”",
        "The shoot is over, according to the official Gullwing page. The post showed the "
        "clapperboard, and the caption read “Last light on the Gullwing set.”",
    ):
        found = facts("Mods here: Gullwing is the film everyone in this server follows.", line)
        quote = next(q for q in found.quotes if q.text.startswith("Last light"))
        assert (quote.speaker, quote.source) == ("Gullwing", SourceKind.ORGANISATION), line
