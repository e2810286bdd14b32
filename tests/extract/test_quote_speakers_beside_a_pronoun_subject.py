"""A name in the first clause of a sentence whose subject is a pronoun ("He will walk the
carpet with X and Y") is company, not whom a later "he says" stands for; a name that opens a
clause of its own ("..., and Y is the star now") is left as it was."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_CAST = "Starring: Pella Norrish (Ines Vantor), Tomas Quayle (Rob Vantor), Dara Penn (Lou Marsh)"


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _speaker(text: str, *paras: str) -> str:
    return next(q.speaker for q in _quotes(*paras) if q.text == text and q.served)


def test_company_after_he_will_walk_with_is_not_he() -> None:
    paras = (
        _CAST,
        "Tomas Quayle is 24 and calm. “Acting is mostly waiting,” Quayle says.",
        "Then there is the premiere. He will walk the carpet with Norrish, Dara Penn and the rest.",
        "“After that,” he says, “I will sleep for a month.”",
    )
    assert _speaker("After that", *paras) == "Tomas Quayle"


def test_company_after_she_shares_the_stage_with_is_not_she() -> None:
    paras = (
        _CAST,
        "Pella Norrish is 31 and restless. “I hate waiting,” Norrish says.",
        "Next month brings a festival. She shares the stage there with Quayle and Dara Penn.",
        "“Then a long holiday,” she says.",
    )
    assert _speaker("Then a long holiday", *paras) == "Pella Norrish"


def test_a_name_opening_its_own_clause_is_left_as_it_was() -> None:
    paras = (
        _CAST,
        "Pella Norrish is 31 and restless. “I hate waiting,” Norrish says.",
        "She met Dara Penn on day one, and Penn is the star now.",
        "“Then a long holiday,” she says.",
    )
    assert _speaker("Then a long holiday", *paras) == "Dara Penn"
