"""Two possessives joined by "and" ("Ada Vale's Mira and Tom Reed's Gus bicker over ..."): the
second is read as the first is, whatever word follows it, and never when the first is not."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

TITLE = "Saltreach review: a warm goodbye"
LEDE = "Saltreach, the coastal drama, lands on Channel 4 in May."


def test_a_second_possessive_before_a_plural_verb() -> None:
    found = facts(
        LEDE,
        "Jago Pellinor's Lorcan and Bryony Hatherleigh's Hesper bicker over a damp flat in Hull.",
        title=TITLE,
    )
    assert {("Jago Pellinor", "Lorcan"), ("Bryony Hatherleigh", "Hesper")} <= pairs(found)


def test_a_second_possessive_before_a_preposition() -> None:
    found = facts(
        LEDE,
        "The series, which follows Idris Venmore's Lorcan and Cleo Marrable's Hesper through "
        "one last winter, is its best yet.",
        title=TITLE,
    )
    assert {("Idris Venmore", "Lorcan"), ("Cleo Marrable", "Hesper")} <= pairs(found)


def test_no_second_possessive_when_the_first_is_a_work() -> None:
    found = facts(
        LEDE,
        "We discussed Tamsin Orrowby's Dunnock and Idris Venmore's Hesper over lunch.",
        title=TITLE,
    )
    assert ("Idris Venmore", "Hesper") not in pairs(found)
