"""A dub's voices told through a language's version ("the Danish version, in which Tom is voiced
by X") or with a bare "as" after a voice set in the dub ("voicing Tom in the Czech dub, with Y as
Mira"): neither is this production's casting, while the same shapes without a dub still are
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Brackenfold, the last film of the boarding-school saga, opens on Friday."


def test_voiced_by_in_a_languages_version_is_the_dubs() -> None:
    found = facts(
        _LEDE,
        "Iga Brzeska plays Mira. The director admitted he had watched part of the Danish"
        " version, in which Mira is voiced by Sanne Holt, while on holiday.",
    )
    assert ("Sanne Holt", "Mira") not in served_pairs(found)
    assert ("Iga Brzeska", "Mira") in served_pairs(found)


def test_voiced_by_without_a_dub_stays_a_casting() -> None:
    found = facts(_LEDE, "In the animated film, Mira is voiced by Sanne Holt.")
    assert ("Sanne Holt", "Mira") in served_pairs(found)


def test_a_bare_as_after_a_voice_in_the_dub_is_the_dubs() -> None:
    found = facts(
        _LEDE,
        "Iga Brzeska plays Mira. For Czech readers: Karel Novy is back voicing Tom in the Czech"
        " dub, with Petra Lasova as Mira.",
    )
    assert ("Petra Lasova", "Mira") not in served_pairs(found)
    assert ("Karel Novy", "Tom") not in served_pairs(found)


def test_a_bare_as_after_voicing_in_an_animated_film_stays_a_casting() -> None:
    found = facts(
        _LEDE,
        "Karel Novy is back voicing Tom in the animated film, with Petra Lasova as Mira.",
    )
    assert {("Karel Novy", "Tom"), ("Petra Lasova", "Mira")} <= served_pairs(found)
