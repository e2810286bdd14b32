"""A sentence meeting someone by an age and a first name alone, right before "“...,” she said"
in its paragraph, makes the words no one's we can name: not the profile's subject nor the last
"she says", whether the age is written in figures ("16-year-old Wren") or spelled out as live
blogs open a sentence with it ("Sixteen-year-old Wren"). A known first name after the age is
that person's, as before."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_BODY = (
    "The film follows Rob Varga, an old ferryman played by Tomas Quayle. The producer is "
    "Mara Quinlan of Reedlight Films. Quinlan said the shoot was “long and wet”. She added: "
    "“We would do it again tomorrow.”"
)


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _speakers(text: str, *paras: str) -> set[str]:
    return {q.speaker for q in _quotes(*paras) if q.text == text and q.served}


def test_spelled_age_and_first_name_right_before_is_no_earlier_sayer() -> None:
    para = (
        "Back to the barriers. Sixteen-year-old Wren from Dovebury has been queuing since "
        "dawn. “I cried twice on the bus,” she said."
    )
    assert "Mara Quinlan" not in _speakers("I cried twice on the bus", _BODY, para)


def test_figured_age_and_first_name_right_before_is_no_earlier_sayer() -> None:
    para = (
        "Back to the barriers. 16-year-old Wren from Dovebury has been queuing since dawn. "
        "“I cried twice on the bus,” she said."
    )
    assert "Mara Quinlan" not in _speakers("I cried twice on the bus", _BODY, para)


def test_spelled_age_before_a_known_first_name_stays_theirs() -> None:
    para = (
        "Back to the barriers. Forty-year-old Mara has been signing posters since dawn. "
        "“I cried twice on the bus,” she said."
    )
    assert _speakers("I cried twice on the bus", _BODY, para) == {"Mara Quinlan"}


def test_last_sayer_still_speaks_without_an_aged_stranger() -> None:
    para = "Back to the barriers. The queue has grown since dawn. “I cried twice,” she said."
    assert _speakers("I cried twice", _BODY, para) == {"Mara Quinlan"}
