"""Quotes on invented text: a surname marked "senior" ("Dunwoodie senior has said ...") is the
parent of the person named in full with it, never that person."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Newcomer Rory Dunwoodie plays the young Teodric in the Quillwick flashbacks."


def test_a_surname_marked_senior_is_not_the_son_named_in_full() -> None:
    found = facts(
        _CAST, "Dunwoodie senior has said acting beside his son was “the strangest week I've had”."
    ).quotes
    said = [q for q in found if q.text.startswith("the strangest week")]
    assert said and all(q.speaker != "Rory Dunwoodie" for q in said)


def test_the_surname_alone_is_still_the_person_named_in_full() -> None:
    found = facts(
        _CAST, "Dunwoodie has said acting in the flashbacks was “the strangest week I've had”."
    ).quotes
    assert [q.speaker for q in found if q.text.startswith("the strangest week")] == [
        "Rory Dunwoodie"
    ]
