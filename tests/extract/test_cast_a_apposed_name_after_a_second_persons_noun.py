""" "Your co-star, Ada Vale, plays the ferry's skipper, Mira Holt": an interviewer's possessive
opens the apposed noun as "his" does, and a transcript's capitals label ("HOST: ") before it
opens the sentence; the apposed name is the actor, the name after the verb the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Tallow Point, a new drama about a lifeboat station, opens in cinemas on Friday."


def test_your_co_star_after_a_speaker_label() -> None:
    found = facts(
        _LEDE,
        "PELL: Your co-star, Lena Moss, plays the station’s cook, Hettie Vance. Was she fun?",
    )
    assert ("Lena Moss", "Hettie Vance") in pairs(found)


def test_his_co_star_still_cast() -> None:
    found = facts(_LEDE, "His co-star, Lena Moss, plays the station’s cook, Hettie Vance.")
    assert ("Lena Moss", "Hettie Vance") in pairs(found)


def test_label_then_a_crew_noun_names_no_part() -> None:
    found = facts(_LEDE, "PELL: Your director, Lena Moss, plays the long game, then.")
    assert all(actor != "Lena Moss" for actor, _ in pairs(found))
