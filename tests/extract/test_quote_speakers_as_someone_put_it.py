"""Quotes on invented text: "Jo asks whether the show is, as one early reviewer put it, “...”"
cites the reviewer, never the sentence's subject."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_words_as_an_unnamed_someone_put_them_are_that_someone_s() -> None:
    found = facts(
        "Maelis Torrance stars in Greywater Lane, talking to host Ruairí Delacombe.",
        "Delacombe asks whether the show is, as one early reviewer put it, “the fens’ answer to "
        "noir”. She laughs.",
    )
    speaker, source = _quote(found, "the fens")
    assert speaker != "Ruairí Delacombe"
    assert source is not SourceKind.PERSON
