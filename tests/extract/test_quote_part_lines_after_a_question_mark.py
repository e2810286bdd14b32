"""A part's line that ends on its own question or exclamation mark, then the part's name and a
saying verb ("“...right?” Nick says.") in a trailer or teaser write-up, is a line of the work."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def _held(found: dict[str, tuple[str, SourceKind, bool]], key: str) -> bool:
    return key not in found or not found[key][2]


_CAST = "Brackenmoor stars Ana Reis as Wren Hollis and Tom Pryor as Ivo Marsh."


def test_a_question_then_the_part_says() -> None:
    found = quote_readings(
        _CAST,
        "The teaser opens on Wren (Ana Reis) packing a bag while Ivo (Tom Pryor) watches. "
        '"You are coming back for the harvest, aren\'t you?" Ivo says. Cue the sobbing.',
    )
    assert _held(found, "You are comi")


def test_an_exclamation_then_the_part_shouts() -> None:
    found = quote_readings(
        _CAST,
        "The trailer ends on the pier in a storm. “Get off the boat now!” Wren shouts, and "
        "the screen goes black.",
    )
    assert _held(found, "Get off the ")


def test_an_actor_asking_a_question_keeps_the_quote() -> None:
    found = quote_readings(
        _CAST,
        "At the screening, Ana Reis turned to the crowd. “Did you all cry too?” Reis asked.",
    )
    assert found["Did you all "][0] == "Ana Reis"
    assert found["Did you all "][2]
