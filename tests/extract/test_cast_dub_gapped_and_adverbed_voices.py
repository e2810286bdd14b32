"""A dub's voices told with the voice verb carried over to a bare "as" ("the Polish dub has X
voicing Tom and Y as Mira": Y is a voice too) or with adverbs before "by" ("Mira is voiced once
again by Z" after a sentence naming the dubs): neither is this production's casting, while the
same shapes without a dub still are (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Marrowfield, the last film of the school drama, opens on Friday."


def test_a_bare_as_after_a_dub_voicing_verb_is_the_dubs() -> None:
    found = facts(
        _LEDE,
        "The Polish dub keeps its familiar voices, with Karol Zientek again voicing Tom and"
        " Iga Brzeska as Mira, so fans there will feel at home.",
    )
    assert ("Iga Brzeska", "Mira") not in served_pairs(found)
    assert ("Karol Zientek", "Tom") not in served_pairs(found)


def test_a_bare_as_after_voicing_without_a_dub_stays_a_casting() -> None:
    found = facts(
        _LEDE,
        "The animated film keeps its cast, with Karol Zientek again voicing Tom and Iga Brzeska"
        " as Mira.",
    )
    assert {("Iga Brzeska", "Mira"), ("Karol Zientek", "Tom")} <= served_pairs(found)


def test_voiced_once_again_by_after_the_dubs_is_the_dubs() -> None:
    found = facts(
        _LEDE,
        "Iga Brzeska plays Mira and Karol Zientek plays Tom.",
        "The studio confirmed dubs in twelve languages. In the Polish version, Mira is voiced"
        " once again by Ola Wrzos and Tom by Piotr Lasek.",
    )
    assert ("Ola Wrzos", "Mira") not in served_pairs(found)
    assert ("Iga Brzeska", "Mira") in served_pairs(found)
