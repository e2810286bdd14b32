"""Castings and dates a sentence does not give to the part it names, each on invented text:
a credit in brackets before a casting verb, a possessive owner before the part, a correction
notice's retracted claim."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _release_dates(found: object) -> set[str]:
    return {str(r.date) for r in found.release if r.date is not None}  # type: ignore[attr-defined]


def test_a_credit_in_brackets_before_set_as_is_not_an_actor() -> None:
    for text in (
        "Ada Pell has been cast as Mira Holt, while Oren Vale (Dry Dock) is set as Mr Kwan, "
        "the new vicar.",
        "Oren Vale (Dry Dock) has been confirmed as Mr Kwan, the new vicar.",
        "Oren Vale (Dry Dock) steps in as Mr Kwan after a late change.",
    ):
        found = pairs(facts("Harbour Lights adds three.", text, title="Harbour Lights casts"))
        assert ("Oren Vale", "Mr Kwan") in found
        assert not any("Dry Dock" in side for pair in found for side in pair)


def test_a_part_in_brackets_after_an_actor_stays_a_part() -> None:
    found = pairs(facts("Harbour Lights premiere.", "Oren Vale (Mira Holt) waved at fans."))
    assert ("Oren Vale", "Mira Holt") in found


def test_a_name_with_a_possessive_after_as_is_the_owner_not_the_part() -> None:
    for text in (
        "Oren Vale, who was announced in May as Kestrel College's new rowing coach Mr Kwan, "
        "has left the film.",
        "Ada Pell, who plays Mira Holt’s best friend Juno in the BBC drama Dry Dock, joins as "
        "Bea Lund.",
    ):
        found = pairs(facts("Harbour Lights news.", text, title="Harbour Lights cast news"))
        assert not any(part in {"Kestrel College", "Mira Holt"} for _, part in found)


def test_a_part_followed_by_an_apposed_possessive_stays() -> None:
    found = pairs(facts("Harbour Lights news.", "Ada Pell plays Mira Holt, Juno's sister."))
    assert ("Ada Pell", "Mira Holt") in found


def test_a_correction_notice_retracts_the_casting_and_the_date_it_withdrew() -> None:
    for notice in (
        "Correction: An earlier version of this article said the film would be released on "
        "Friday 9 May 2025. The article also stated that Ada Pell plays Mira Holt; in fact "
        "Pell plays Juno Vale. We apologise for the error.",
        "This story has been amended. A previous version of this story wrongly said the film "
        "opens on 9 May 2025, and we originally reported that Ada Pell plays Mira Holt, but "
        "Pell plays Juno Vale.",
    ):
        found = facts("Harbour Lights gets a date.", notice, date="2025-01-10")
        assert ("Ada Pell", "Mira Holt") not in pairs(found)
        assert ("Ada Pell", "Juno Vale") in pairs(found)
        assert "2025-05-09" not in _release_dates(found)


def test_the_article_said_outside_a_notice_is_still_read() -> None:
    found = facts(
        "Harbour Lights gets a date.",
        "The studio's statement said the film opens on 9 May 2025, and Ada Pell plays Mira Holt.",
        date="2025-01-10",
    )
    assert ("Ada Pell", "Mira Holt") in pairs(found)


def test_the_part_after_an_owner_and_a_description_is_the_part() -> None:
    for text, part in (
        (
            "Oren Vale, who was announced in May as Kestrel College's new head of rowing "
            "Mr Kwan, has left the film.",
            "Mr Kwan",
        ),
        ("Ada Pell plays Mira Holt's older sister Juno.", "Juno"),
    ):
        found = facts("Harbour Lights news.", text, title="Harbour Lights cast news")
        assert {c.character for c in found.cast} == {part}
    left = facts(
        "Harbour Lights news.",
        "Oren Vale, who was announced in May as Kestrel College's new head of rowing Mr Kwan, "
        "has left the film.",
    )
    assert [c.status.value for c in left.cast] == ["former"]


def test_an_owned_part_before_in_is_held_back() -> None:
    found = facts(
        "Harbour Lights news.",
        "Ada Pell, who plays Mira Holt’s best friend Juno in the BBC drama Dry Dock, joins as "
        "Bea Lund.",
    )
    assert pairs(found) == {("Ada Pell", "Bea Lund")}
