"""A place that is a preposition's object right before the speech verb ("Residents near a mill
in Drumcarrow reported ...") is where, never who: the quote is not the place's, even when the
place is a capitalised word the resolver would take for an organisation."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact, SourceKind

_LEAD = "Vellum Crane Films began shooting its drama Harrowglass on Monday."


def _quotes(para: str) -> list[QuoteFact]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, para))
    return [q for q in extract_facts(article).quotes if q.served]


def test_a_place_after_in_is_not_the_speaker() -> None:
    para = (
        "Residents near a mill in Drumcarrow reported seeing crew vans and "
        '"a forest of lighting stands" on Monday.'
    )
    assert all(q.speaker != "Drumcarrow" for q in _quotes(para))


def test_a_place_after_near_is_not_the_speaker() -> None:
    para = 'Walkers near Skellingford said they saw "a whole fake harbour" by the quay.'
    assert all(q.speaker != "Skellingford" for q in _quotes(para))


def test_a_company_after_at_still_speaks() -> None:
    para = 'A source at Vellum Crane Films said the shoot was "going beautifully" so far.'
    quote = next(q for q in _quotes(para) if q.text == "going beautifully")
    assert quote.source is not SourceKind.PERSON
    assert "Vellum" in quote.speaker
