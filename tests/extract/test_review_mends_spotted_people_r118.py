"""People spotted by a credit or a role noun: a company credited for photography or a
translation is no person, and a pair after a plural role noun keeps its second name when the
role word after it is the pair's verb."""

from __future__ import annotations

import pytest

from bot.extract.doc_build import build_doc
from bot.extract.people import People
from bot.extract.spotted_people import spot_people
from tests.extract.helpers import article


def _spotted(line: str) -> set[str]:
    doc = build_doc(article("Saltmarrow is a drama about a fishing town.", line))
    people = People.for_doc(doc)
    spot_people(doc, people)
    return set(people.ordered())


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Photography by Getty Images for Tidewell.", "Getty Images"),
        (
            "The novel is translated from the Norwegian by Harbour Light Books.",
            "Harbour Light Books",
        ),
    ],
)
def test_a_credited_company_is_no_person(line: str, company: str) -> None:
    assert company not in _spotted(line)


def test_a_credited_photographer_is_a_person() -> None:
    assert "Ada Vale" in _spotted("Photography by Ada Vale for Tidewell.")


@pytest.mark.parametrize(
    "line",
    [
        "It stars newcomers Tom Reed and Ada Vale star as the twins Bram and Mira.",
        "Hosts Tom Reed and Ada Vale host the ceremony again.",
    ],
)
def test_a_pair_whose_verb_is_a_role_word_keeps_both(line: str) -> None:
    assert {"Tom Reed", "Ada Vale"} <= _spotted(line)


def test_a_second_name_before_a_role_and_a_name_is_a_company() -> None:
    spotted = _spotted("It stars Tom Reed and Harbour Light Pictures chief Ada Vale.")
    assert "Harbour Light Pictures" not in spotted
