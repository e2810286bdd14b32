"""Quotes on invented text: a company named right after its trade's noun ("the data firm
Corvane Metrics said") is an organisation, never a person, whatever preposition stands before."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_a_firm_named_after_its_noun_speaks_as_a_company() -> None:
    found = facts(
        "Hollowmarsh, starring Ysolde Brackenridge, opened at number two on Friday.",
        'Analysts at the data firm Corvane Metrics said the figure was "a strong start for a '
        'small film". One analyst, Perrin Vassallo, added: "Wait for the second week."',
    )
    speaker, source = _quote(found, "a strong start")
    assert source is not SourceKind.PERSON
    assert speaker in {"Corvane Metrics", ""}
    assert _quote(found, "Wait for") == ("Perrin Vassallo", SourceKind.PERSON)


def test_a_person_who_founded_the_firm_stays_a_person() -> None:
    found = facts(
        "Hollowmarsh, starring Ysolde Brackenridge, opened at number two on Friday.",
        "It was made by the production company Perrin Vassallo founded in 2019. Vassallo said: "
        '"We never expected this."',
    )
    assert _quote(found, "We never") == ("Perrin Vassallo", SourceKind.PERSON)
