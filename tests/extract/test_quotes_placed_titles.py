"""A title in marks that a career places as a work (a part played in it, or its year after it) is
no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _texts(found):
    return [q.text[:14] for q in found.quotes]


def test_a_part_played_in_a_foreign_title() -> None:
    found = facts(
        "Profile: Wren Adaire on her new role.",
        "The director Pavel Nowicki cast her as Ilka, a young cellist, in “Noc nad jeziorem” "
        "when she was seventeen. “I had no idea what I was doing,” Adaire remembers.",
    )
    assert _texts(found) == ["I had no idea "]


def test_a_stage_debut_in_a_long_subtitled_title() -> None:
    found = facts(
        "Profile: Dov Harel on his new role.",
        "Harel made his stage debut as Captain Hale in “The Admiral’s Daughter: A Musical "
        "Voyage of the North” and he told us he loved it.",
    )
    assert _texts(found) == []


def test_a_title_with_its_year() -> None:
    found = facts(
        "Profile: Wren Adaire on her new role.",
        "Her first screen part came in “Noc nad jeziorem” (2017), which she still calls “the "
        "best summer of my life”.",
    )
    assert _texts(found) == ["the best summe"]


def test_words_after_in_that_no_part_places_are_still_quoted() -> None:
    found = facts(
        "Dov Harel spoke to us about the tour.",
        "Harel, who plays Captain Hale, said he had found “a second family” in the company.",
    )
    assert _texts(found) == ["a second famil"]
