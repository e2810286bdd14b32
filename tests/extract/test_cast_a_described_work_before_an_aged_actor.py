"""A work's name before a descriptor noun ("Former Lumen favourite Ada Vale") opens a paragraph,
then "The 41-year-old, who plays Y" refers back, on invented text: the person it refers to is
the name after the noun, never the work's words before it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = (
    "Ex-Marrowby Lights veteran Tilda Garrow was seen filming scenes for the new period drama"
    " Wrenmoor Abbey in York yesterday."
)


def test_the_aged_subject_is_the_person_after_the_descriptor() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The 41-year-old, who plays stern housekeeper Mrs Agatha Pell, was seen carrying a"
            " lantern across the square between takes.",
        )
    )
    assert ("Tilda Garrow", "Mrs Agatha Pell") in found, found
    assert not any(actor.startswith("Ex-Marrowby") for actor, _ in found), found


def test_a_work_before_favourite_is_no_actor() -> None:
    found = served_pairs(
        facts(
            "Former Pewter Hall favourite Odile Farrant has joined the cast of Wrenmoor Abbey.",
            "The 29-year-old, who plays the cook Hester Dunn, filmed her first scenes on Monday.",
        )
    )
    assert ("Odile Farrant", "Hester Dunn") in found, found
    assert ("Former Pewter", "Hester Dunn") not in found, found
    assert ("Former Pewter Hall", "Hester Dunn") not in found, found
