"""A nationality before a credit verb, or a clause's opening -ing form with its object, is no
person to credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _names(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title="On set with Harrow Creek")
    return {c.name for c in found.crew if c.served}


def test_a_nationality_before_adapted_from() -> None:
    names = _names(
        "We spent a wet morning with the crew of Harrow Creek, the new Welsh thriller adapted"
        " from Oriel Fenwick's novel."
    )
    assert "Welsh" not in names
    assert "Oriel Fenwick" in names


def test_a_scottish_drama_directed_by() -> None:
    names = _names("Harrow Creek, a bleak Scottish drama directed by Ossian Reid, films in May.")
    assert "Scottish" not in names


def test_an_opening_gerund_with_its_object() -> None:
    names = _names(
        "Harrow Creek is now in the edit.",
        "Joining her in the cutting room is editor Maren Holte, who cut two of Vane's films.",
        "Leading the crew is director Ossian Reid.",
    )
    assert not {"Joining", "Leading"} & names
    assert "Maren Holte" in names


def test_a_surname_ending_in_ing_before_its_verb_stays() -> None:
    names = _names("Harrow Creek films in May.", "Fielding directs from a script by Oriel Fenwick.")
    assert "Fielding" in names
