"""Quotes on invented text: a word or two in marks that the sentence runs on through, with no
source the article describes, is the writer's scare quote, held; a described source's short
fragment, and a named person's, stay served."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(*paragraphs: str, start: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(start))


def test_a_scare_quoted_phrase_from_a_faceless_claim_is_held() -> None:
    for line in (
        "One viral clip claimed she had been ‘written out’ of the finale altogether.",
        "A popular thread insisted he was being ‘phased out’ of the second series.",
    ):
        quote = _quote(
            "Mara Quint plays the harbour master in the Copper Bay series.",
            line,
            start=line.split("‘")[1].split("’")[0],
        )
        assert not quote.served or quote.source is SourceKind.PERSON, line


def test_a_named_persons_short_fragment_is_served() -> None:
    quote = _quote(
        "Mara Quint plays the harbour master in the Copper Bay series.",
        "Quint said she was ‘truly thrilled’ to be back on the quay.",
        start="truly thrilled",
    )
    assert quote.served and quote.speaker == "Mara Quint"


def test_a_faceless_label_before_a_camel_cased_noun_is_held() -> None:
    found = facts(
        "The Wrayfield shoot has wrapped.",
        "Please read before posting: no set leaks, rumours or “release date” TikToks.",
    )
    assert found.quotes, "the words are kept, held for review"
    assert not any(q.served for q in found.quotes), found.quotes


def test_a_named_persons_label_before_a_camel_cased_noun_is_served() -> None:
    found = facts(
        "Ros Telling directs the Wrayfield film.",
        "Telling said she had stopped reading “release date” TikToks.",
    )
    assert any(q.served and q.speaker == "Ros Telling" for q in found.quotes), found.quotes
