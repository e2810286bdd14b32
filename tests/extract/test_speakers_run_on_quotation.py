"""A paragraph that opens a quotation and leaves it open, the next paragraph going on with the
same words (a British paper's convention): the words after it are whoever the open quotation's
attribution names, never the "she" inside the quotation."""

from __future__ import annotations

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Soap star Merrin Lusty is leaving Penwithy Wharf after six years, we can reveal."


@pytest.mark.parametrize(
    ("opening", "sayer"),
    [
        (
            "A source close to the show said: ‘Merrin has weighed it up for ages. She wants out.",
            "source",
        ),
        ("One insider told us: ‘Merrin has agonised over this. She is exhausted.", "insider"),
        (
            "A show insider revealed: “Merrin has made up her mind. She loves the cast, though.",
            "insider",
        ),
    ],
)
def test_words_after_an_open_quotation_are_its_sayers(opening: str, sayer: str) -> None:
    found = facts(
        _LEDE,
        opening,
        "‘Producers were gutted to lose her, so they left the door open.’",
        "Merrin joined the soap in 2019.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Producers"))
    assert quote.source is SourceKind.UNNAMED
    assert sayer in quote.speaker.lower()


def test_a_closed_quotation_leaves_the_subject_rule_alone() -> None:
    found = facts(
        _LEDE,
        "Merrin Lusty spoke to us last week. She said she wanted a break.",
        "‘I need time with my family,’ she said.",
    )
    assert {q.speaker for q in found.quotes} == {"Merrin Lusty"}
