"""Quotes on invented text: words a reporting verb gives ("called the scripts “...”") after a
role and a name set in apposition ("The network's head of drama, Ada Vale, called ...") are
that named person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_fragment_after_a_role_and_an_apposed_name_is_that_persons() -> None:
    for line in (
        "Channel 9’s director of scripted content, Odile Marchetti, called the pilot "
        "“the sharpest thing I have read this decade”.",
        "Her longtime editor, Odile Marchetti, described the novel as "
        "“the sharpest thing I have read this decade”.",
    ):
        found = facts(
            "Glasshouse Road has been picked up for a full series.",
            line,
            date="2026-02-11",
            title="Glasshouse Road gets a series order",
        )
        quote = next(q for q in found.quotes if q.text.startswith("the sharpest"))
        assert (quote.speaker, quote.source, quote.served) == (
            "Odile Marchetti",
            SourceKind.PERSON,
            True,
        ), line
