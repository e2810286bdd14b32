"""A possessive that owns no part: a work two people made ("in Ada Vale and Tom Reed's Lumen"),
a work's kind then its title after the owned word ("Tom Reed's Fenmoor farming drama Tin
Gloves"), an actor listed by another work with an actor told by their part ("Lumen's Ada Vale
and Kai Lund, who plays Mira"); and a voice verb with a language after the part ("has voiced
Mira in Portuguese", "will voice Mira in the Polish dub"): a dub's voice, not the work's cast.
Parts owned by their actors, and an animated film's voices, stay (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tallowreach, the finale of the teen drama, opens on Friday."


def test_a_work_two_people_made_owns_no_part() -> None:
    found = facts(
        _LEDE,
        "Kai Lund was one of the crowd of miners in Petra Holm and Ivo Sand’s Underfell, and"
        " toured with a play.",
    )
    assert not {c for _, c in served_pairs(found)} & {"Underfell"}


def test_a_kind_then_a_title_after_the_owned_word_is_a_work() -> None:
    found = facts(
        _LEDE,
        "The festival also showed Ivo Sand’s Hullport rowing drama Tin Oars, starring Kai Lund as"
        " coach Bram Weld, on Sunday.",
    )
    assert not {c for _, c in served_pairs(found)} & {"Hullport"}


def test_an_actor_listed_by_another_work_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Spotted in the crowd were Underfell's Petra Holm and Kai Lund, who plays Mira Holt.",
    )
    assert not {a for a, _ in served_pairs(found)} & {"Underfell"}
    assert ("Kai Lund", "Mira Holt") in served_pairs(found)


def test_a_part_owned_by_its_actor_stays() -> None:
    found = facts(_LEDE, "Ada Vale's Mira steals every scene she is in.")
    assert ("Ada Vale", "Mira") in served_pairs(found)


def test_a_voice_in_another_language_is_a_dubs() -> None:
    found = facts(
        _LEDE,
        "Kai Lund, who has voiced Mira in Portuguese since the first season, was at the screening.",
        "Ivo Sand will again voice Tom in the Polish dub.",
    )
    assert not {a for a, _ in served_pairs(found)} & {"Kai Lund", "Ivo Sand"}


def test_an_animated_films_voice_stays() -> None:
    found = facts(_LEDE, "Kai Lund voices Mira, a lighthouse keeper's daughter.")
    assert ("Kai Lund", "Mira") in served_pairs(found)


def test_an_owned_part_beside_an_actor_told_with_as_stays() -> None:
    found = facts(
        _LEDE,
        "Ada Vale’s Mira and Kai Lund, as Tom, are handed a subplot that fizzles.",
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)


def test_an_actor_dubbing_their_own_part_stays() -> None:
    found = facts(
        _LEDE,
        "Kai Lund plays Mira, a lighthouse keeper.",
        "Kai Lund will also voice Mira herself in the Polish-dubbed version.",
    )
    assert ("Kai Lund", "Mira") in served_pairs(found)
