""" "..., and X is the crew's cook, Mira": a part told by "is", a description that may open on an
owner's possessive or a nationality, a comma and the part's name, after a "plays" in the same
sentence or the one before in the paragraph; a description of a real person's job stays none."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Tallow Point, a new comedy about a lifeboat station, starts on Friday."


def test_possessive_description_in_the_same_sentence() -> None:
    found = facts(
        _LEDE,
        "Dev Arlott plays the coxswain, Bram Teel, and Lena Moss is the station’s cook, Hettie.",
    )
    assert ("Lena Moss", "Hettie") in pairs(found)


def test_description_in_the_sentence_after_a_plays() -> None:
    found = facts(
        _LEDE,
        "Dev Arlott plays the coxswain, Bram Teel. And Lena Moss is the Welsh harbour cook,"
        " Hettie.",
    )
    assert ("Lena Moss", "Hettie") in pairs(found)


def test_no_plays_near_keeps_it_no_casting() -> None:
    found = facts(
        _LEDE,
        "The first episode was shot in March. Lena Moss is the station’s cook, Hettie.",
    )
    assert ("Lena Moss", "Hettie") not in pairs(found)


def test_a_job_noun_names_a_real_person() -> None:
    found = facts(
        _LEDE,
        "Dev Arlott plays the coxswain, Bram Teel. Lena Moss is the show’s producer, Hettie Vance.",
    )
    assert ("Lena Moss", "Hettie Vance") not in pairs(found)
