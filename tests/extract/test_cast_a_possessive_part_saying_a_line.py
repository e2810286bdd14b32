"""A part named by its actor's possessive, then a verb of speech and a quotation ("ends with
Ada Vale's Mira saying, “...”"): the part speaks its line, so the possessive is a casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Saltreach teaser: five things we spotted"
LEDE = "Channel 4 released the first teaser for Saltreach on Thursday."


def test_a_possessive_part_saying_a_quoted_line() -> None:
    found = facts(
        LEDE,
        "It ends with Tamsin Orrowby’s Hesper saying, “We never leave the harbour.”",
        title=TITLE,
    )
    assert ("Tamsin Orrowby", "Hesper") in pairs(found)
