"""On a dub's page, a part told with who plays it in the original, then "is voiced by" another
("Mira, played in the original by Ada Vale, is voiced by Jo Brandt") names the dub's voice, not
the part's actor; an animated film's plain "Mira is voiced by Jo Brandt" still casts (invented
articles)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_played_in_the_original_then_voiced_by() -> None:
    found = facts(
        "Foxglove Yard arrives in Spanish cinemas dubbed, as most films there are.",
        "Rafa Oliván, 30, has dubbed Tom since 2021. Mira Pask, played in the original by Ada"
        " Vale, is voiced by Lucía Gómez-Arce.",
        title="Foxglove Yard: the Spanish voices of Tom and Mira",
    )
    assert ("Lucía Gómez-Arce", "Mira Pask") not in _served(found)


def test_played_in_english_in_brackets_then_voiced_by() -> None:
    found = facts(
        "Foxglove Yard arrives in Spanish cinemas dubbed, as most films there are.",
        "Mira Pask (played in English by Ada Vale) is voiced again by Lucía Gómez-Arce.",
        title="Foxglove Yard: the Spanish voices of Tom and Mira",
    )
    assert ("Lucía Gómez-Arce", "Mira Pask") not in _served(found)


def test_an_animated_parts_voice_still_casts() -> None:
    found = facts(
        "Foxglove Yard, the animated film, will not be dubbed for its festival run.",
        "The fox Mira Pask is voiced by Lucía Gómez-Arce.",
        title="Foxglove Yard: the voice cast",
    )
    assert ("Lucía Gómez-Arce", "Mira Pask") in _served(found)
