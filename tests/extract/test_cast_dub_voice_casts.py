"""A language's voice cast is a dub's: "The Polish voice cast (Mira is voiced by Jan Wolny)"
names a dub's voice, not the work's cast; an animated film's own "Mira is voiced by X" stays
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_languages_voice_cast_is_a_dub() -> None:
    found = facts(
        "Fans queued for hours at the Warsaw screening of Orchard Hours on Saturday.",
        "The Polish voice cast (Mira is voiced by Jan Wolny) will be confirmed closer to release,"
        " the distributor told us.",
    )
    assert ("Jan Wolny", "Mira") not in pairs(found)


def test_an_animated_films_own_voice_stays() -> None:
    found = facts(
        "Orchard Hours, the studio's new animated film, opens in May.",
        "In the film, Mira Holt is voiced by Jan Wolny.",
    )
    assert ("Jan Wolny", "Mira Holt") in served_pairs(found)
