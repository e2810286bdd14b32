"""A "respectively" list whose later parts carry their own description ("as Tamsin's son Ivo
and the harbour master Petra Lusk respectively") still pairs each actor with the part's name;
a part left without a name of its own ("and Ivo's brother") still pairs no one (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Everything we know about Harrowgate Deep"
_LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def test_later_parts_with_their_own_description_are_paired() -> None:
    sentence = (
        "Morwen Talsk and Idris Pembury-Hale play Tamsin's son Ivo and the harbour master"
        " Petra Lusk respectively."
    )
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert ("Morwen Talsk", "Ivo") in found
    assert ("Idris Pembury-Hale", "Petra Lusk") in found


def test_a_part_with_no_name_of_its_own_pairs_no_one() -> None:
    sentence = "Morwen Talsk and Idris Pembury-Hale play Ivo and Ivo's brother respectively."
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert ("Idris Pembury-Hale", "Ivo") not in found
    assert ("Morwen Talsk", "Ivo") not in found
