"""Another language's version set before a voice in a sentence that tells a dub ("the Polish dub
has X voicing Tom and the Danish version has Y as Mira") names who speaks the part in that
version, not the work's cast; a version with no dub told ("the extended version has ...") and
the work's own cast are kept. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film reaches cinemas across Europe this week, the studio said on Monday."


def test_a_language_version_beside_a_dub_is_not_the_cast() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick plays Tamsin Quell in the film.",
        "Both dubs are done: the Italian dub has Odile Ferracane voicing Tamsin and the Danish "
        "version has Perrin Mawle as Lowry.",
    )
    served = served_pairs(found)
    assert not any(actor in {"Odile Ferracane", "Perrin Mawle"} for actor, _ in served)
    assert ("Ysolde Carrick", "Tamsin Quell") in served


def test_a_version_with_no_dub_told_keeps_its_cast() -> None:
    found = facts(
        _LEDE,
        "The longer version has Perrin Mawle as Lowry Dunmarsh, in scenes cut from the first "
        "release.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found)
