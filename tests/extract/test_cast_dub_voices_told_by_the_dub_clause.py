"""A dub's voices told by the clause that names the dub: "The Polish dub features X as Mira",
"thanks to the Polish dub: Mira is voiced by X" and "Y dubs Tom, while X voices Mira" name a
dub's voices, not the work's cast (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = (
    "Brackenfold, the Lowmoor drama, is streaming from today, with Odile Farrant as Mira "
    "Castell and Bram Ellery as Tom Reyne."
)
_TITLE = "Brackenfold is out today"


def test_the_dub_as_the_subject_of_a_casting_verb() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "It comes with dubbed versions in twenty languages. The Polish dub features Kasper "
            "Wilmot as Mira, for the curious.",
            title=_TITLE,
        )
    )
    assert ("Odile Farrant", "Mira Castell") in found
    assert not any(actor == "Kasper Wilmot" for actor, _ in found)


def test_the_dub_then_a_colon_and_its_voices() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "In Poland the show has a big following, not least thanks to the Polish dub: Mira is "
            "voiced by Kasper Wilmot, Tom by Ola Bergstrand.",
            title=_TITLE,
        )
    )
    assert not any(actor == "Kasper Wilmot" for actor, _ in found)


def test_a_voice_listed_beside_a_dubbing_voice() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Polish viewers will hear the same voices as before: Ola Bergstrand dubs Tom, while "
            "Kasper Wilmot voices Mira Castell in place of Odile Farrant.",
            title=_TITLE,
        )
    )
    assert not any(actor == "Kasper Wilmot" for actor, _ in found)


def test_a_cast_with_the_dub_only_mentioned_later_stays() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The film stars Kasper Wilmot as Tom's uncle Ansel Reyne, and a Polish dub follows.",
            title=_TITLE,
        )
    )
    assert ("Kasper Wilmot", "Ansel Reyne") in found
