"""A sentence meeting someone by an age and a first name alone, right before "“...,” she said"
in its paragraph, makes the words no one's we can name: not the profile's subject nor the last
"she says", whether the age is written in figures ("16-year-old Wren") or spelled out as live
blogs open a sentence with it ("Sixteen-year-old Wren"). A known first name after the age is
that person's, as before.

A columnist's sentence opening on the kin of their own kin ("My neighbour's eldest son put
it best.") meets someone we cannot name: the "he told me" words after it are no one's, never
a part's or an earlier sayer's. The writer's own kin alone ("My cousin was an extra.") is left
to the usual reading."""

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


def test_kin_of_the_writers_kin_is_no_earlier_sayer() -> None:
    para = (
        "My neighbour's youngest daughter summed it up. “It was like a long goodbye hug,” "
        "she told me."
    )
    assert "Mara Quinlan" not in _speakers("It was like a long goodbye hug", _BODY, para)


def test_a_named_owners_kin_still_speaks_as_before() -> None:
    para = (
        "Quinlan's daughter, the painter Isla Quinlan-Roe, came along. “It was like a long "
        "goodbye hug,” she told me."
    )
    assert _speakers("It was like a long goodbye hug", _BODY, para) <= {"Isla Quinlan-Roe"}


def test_the_writers_own_kin_is_left_to_the_usual_reading() -> None:
    para = "My cousin Mara Quinlan was there. “It was like a long goodbye hug,” she told me."
    assert _speakers("It was like a long goodbye hug", _BODY, para) == {"Mara Quinlan"}
