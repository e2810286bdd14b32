"""Quotes on invented text: "One, Ada Vale, 16, from Kelby, said: “...”" names the speaker
beside the bare "One"; the words are hers, never an unnamed person's."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_a_bare_one_with_a_full_name_beside_is_that_person() -> None:
    found = facts(
        "Filming on Hollowmarsh, starring Ysolde Brackenridge, reached Kestwick on Monday.",
        "Around 30 fans waited by the quay. One, Wenna Polgrain, 15, from Saltreach, said: "
        '"I came for Ysolde but stayed for the boats."',
    )
    assert _quote(found, "I came for") == ("Wenna Polgrain", SourceKind.PERSON)


def test_a_bare_one_with_a_first_name_alone_is_no_one() -> None:
    found = facts(
        "Filming on Hollowmarsh, starring Ysolde Brackenridge, reached Kestwick on Monday.",
        'Around 30 fans waited by the quay. One, Wenna, 15, said: "I came for the boats."',
    )
    speaker, source = _quote(found, "I came for")
    assert source is not SourceKind.UNNAMED or speaker != "an unnamed person"
    assert speaker != "Ysolde Brackenridge"
