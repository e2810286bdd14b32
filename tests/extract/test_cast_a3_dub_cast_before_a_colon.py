"""A dub's cast set before a colon ("the Polish dubbing cast: X voices Mira and Y voices Tom")
names the dub's voices, never the work's cast; a cast told before a colon with no dub in it
stays a casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_voices_after_a_dubbing_casts_colon_are_no_castings() -> None:
    for noun in ("dubbing cast", "dub cast", "dub voice cast"):
        found = pairs(
            facts(
                "Ada Vell plays Mira Holt in Harrow Fen, out on Streamly on Friday.",
                f"Streamly Polska also named the Polish {noun}: Kai Lund again voices Mira and"
                " Ola Berg voices Tom, as they did for the series.",
            )
        )
        assert ("Ada Vell", "Mira Holt") in found, noun
        assert not {a for a, _ in found} & {"Kai Lund", "Ola Berg"}, noun


def test_a_cast_before_a_colon_without_a_dub_stays() -> None:
    found = pairs(
        facts(
            "Harrow Fen, an animated film, is out on Streamly on Friday.",
            "Streamly also named the voice cast: Kai Lund voices Mira and Ola Berg voices Tom.",
        )
    )
    assert {("Kai Lund", "Mira"), ("Ola Berg", "Tom")} <= found
