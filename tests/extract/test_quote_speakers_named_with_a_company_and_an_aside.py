"""A named subject with their company and a who-aside ("Producer Idris Vantolle of Pellbrook
Films, who ..., stood by the monitor.") is whom the next sentence's "he said" stands for, never
an unnamed source quoted in the sentence before."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_LEAD = "Pellbrook Films began shooting its drama Harrowglass in Whitby on Monday."


def _quote(text: str, *paras: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, *paras))
    return next(q for q in extract_facts(article).quotes if q.text == text)


def test_he_after_a_named_subject_of_a_company_with_a_who_aside() -> None:
    first = (
        "Casting director Henrike Olufsen returned for a few new roles, though one insider says "
        "the new faces are “tiny parts, really”."
    )
    second = (
        "Producer Idris Vantolle of Pellbrook Films, who has been with the project since 2020, "
        "stood by the monitor as the cast rehearsed. “It feels like home,” he said."
    )
    quote = _quote("It feels like home", first, second)
    assert quote.served
    assert quote.speaker == "Idris Vantolle"
