"""A foreign edition's dub: its dubbing director is no director of the work, and a voice "who
voices" a part in a sentence about the dub (or over "played in English by") is no casting."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts, served_pairs


def _edition(extra: str) -> tuple[set[tuple[str, str]], set[tuple[str, CrewRole]]]:
    found = facts(
        "Lumen Iberia has confirmed the Spanish voices for the Marrowfen finale.",
        "In the original version, Mira is played by Ada Vale. The film is directed by Tomas Quill.",
        extra,
        title="Marrowfen: the Spanish voices are back",
    )
    crew = {(c.name, c.role) for c in found.crew if c.served}
    return served_pairs(found), crew


def test_a_dubbing_director_is_no_director() -> None:
    cast, crew = _edition(
        "Dubbing director Lucía Ferrer, who has led the Spanish version since the start, said it"
        " was emotional."
    )
    assert ("Lucía Ferrer", CrewRole.DIRECTOR) not in crew
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew
    assert ("Ada Vale", "Mira") in cast


def test_a_voice_of_the_dub_is_no_casting() -> None:
    cast, _ = _edition(
        "The Spanish cast also includes Irene Salas, who voices Bea (played in English by Wren"
        " Castell), and Pau Roig, who dubs Kai Lund."
    )
    assert ("Irene Salas", "Bea") not in cast
    assert ("Ada Vale", "Mira") in cast


def test_an_animated_films_voice_is_still_cast() -> None:
    found = facts(
        "Lumen’s animated Marrowfen adds a star.",
        "Irene Salas, who voices Bea Holt, joins the cast of the animated film.",
        title="Marrowfen adds Irene Salas",
    )
    assert ("Irene Salas", "Bea Holt") in served_pairs(found)
