"""A dub's voice given to an on-screen actor: "Ada Vale, who plays Tom's sister Mira, will be
voiced again by Jo Brandt" makes Jo Brandt her dubbing voice, not Mira's actor; a screen casting
on the same dub page stays (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Copper Lane gets its German dub"


def test_the_voice_given_to_an_actor_who_plays_a_part_is_no_casting() -> None:
    found = facts(
        "Copper Lane will stream in a German dub from May.",
        "Liesl Harrow, who plays Tom's sister Mira, will be voiced again by Jutta Brenninger,"
        " who has dubbed her since 2021.",
        title=_TITLE,
    )
    assert ("Jutta Brenninger", "Mira") not in served_pairs(found)


def test_the_voice_given_to_an_actor_who_played_a_part_is_no_casting() -> None:
    found = facts(
        "Copper Lane will stream in a German dub from May.",
        "Dorian Pell, who played Gus, was voiced by Matthias Kroll.",
        "Ines Marlow, who plays the innkeeper Wilma, has been voiced by Ute Sandlach since the"
        " first season.",
        title=_TITLE,
    )
    assert ("Matthias Kroll", "Gus") not in served_pairs(found)
    assert ("Ute Sandlach", "Wilma") not in served_pairs(found)


def test_a_screen_casting_on_the_dub_page_stays() -> None:
    found = facts(
        "Copper Lane will stream in a German dub from May.",
        "The series stars Liesl Harrow as Mira.",
        title=_TITLE,
    )
    assert ("Liesl Harrow", "Mira") in served_pairs(found)
