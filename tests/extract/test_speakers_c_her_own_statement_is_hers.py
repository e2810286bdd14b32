"""Quotes on invented text: a text a personal possessive owns ("Her own statement was warm:
“...”") is the person "her" stands for, as a "she said" would be, never the broadcaster the
article named last; a text no "her" or "his" owns ("The statement read") may still be the
broadcaster's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEAVER = (
    "When Channel Nine confirmed that Petronella Askew would not return as Duchess Ivy Marl, "
    "and that Greer Follent would take over the part, the forums erupted.",
    "But Askew has signed for a stage run on Broadway, and good luck to her. Her own statement "
    "was warm: “Ivy taught me patience. I leave her in the best hands.”",
)


def test_her_own_statement_is_the_leavers() -> None:
    found = facts(*_LEAVER, date="2026-02-01", title="Why the Duchess recast stings")
    quote = next(q for q in found.quotes if q.text.startswith("Ivy taught"))
    assert quote.speaker == "Petronella Askew", quote
    assert quote.source is SourceKind.PERSON, quote


def test_a_statement_no_one_owns_may_be_the_broadcasters() -> None:
    found = facts(
        "Channel Nine confirmed on Monday that Greer Follent will play Duchess Ivy Marl.",
        "The statement read: “We are delighted to welcome Greer to the family.”",
        date="2026-02-01",
        title="Channel Nine recasts the Duchess",
    )
    quote = next(q for q in found.quotes if q.text.startswith("We are delighted"))
    assert quote.source is not SourceKind.PERSON, quote
