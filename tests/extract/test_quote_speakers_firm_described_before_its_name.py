"""A speaker's company described before its name ("analyst X of the research firm Y said") still
leaves X the speaker; a company named plainly stays as it was."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_analyst_of_the_research_firm_said() -> None:
    para = "Analyst Wren Ashby-Cole of the research firm ChartLab said the numbers were “strong”."
    assert _speaker("strong", para) == "Wren Ashby-Cole"


def test_analyst_at_the_data_company_told_us() -> None:
    para = "Analyst Oren Makepiece at the data company Northlight told us the film was “a steal”."
    assert _speaker("a steal", para) == "Oren Makepiece"


def test_a_plainly_named_company_stays_as_it_was() -> None:
    para = "Producer Jo Reyes of Bluefin Pictures said the shoot was “a joy”."
    assert _speaker("a joy", para) == "Jo Reyes"
