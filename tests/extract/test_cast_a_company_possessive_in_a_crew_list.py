"""A possessive in a crew post's list ("Executive producers are X and Lumen's Y") names a
company's person, credited, not an actor's part; a possessive part in a cast sentence is still
read (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Filming begins on Quillmere, a new comedy for Channel 4"
_LEDE = "Filming has begun in Leeds on Quillmere, produced by Harrowgate Lantern Productions."


def test_a_company_possessive_in_a_producers_list_is_no_casting() -> None:
    for sentence in (
        "Executive producers are Orlaith Penrose and Harrowgate Lantern’s Idris Faulconer.",
        "The producers include Orlaith Penrose, Bastian Hulme and Harrowgate Lantern's Idris"
        " Faulconer.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert not {a for a, _ in found} & {"Harrowgate Lantern"}, sentence


def test_an_actors_possessive_part_is_still_read() -> None:
    sentence = "Mireille Onyango's Wenna, the village handyman, steals every scene."
    found = served_pairs(facts(_LEDE, "Mireille Onyango joins the cast.", sentence, title=_TITLE))
    assert ("Mireille Onyango", "Wenna") in found
