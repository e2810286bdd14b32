"""The invented film the benchmark's articles are about: its title, studio, cast and crew.

Every name is made from syllable tables (never a name from a real article), unique as a full
name, first name and surname, so an answer can be checked against what the articles said.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

_ONSETS = (
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r",
    "s", "sh", "t", "th", "v", "w", "z", "el", "an", "or", "is",
)  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ae", "ia", "ou", "y", "ei")
_CODAS = ("", "n", "l", "r", "s", "th", "ck", "m", "x", "nd", "rt", "ss", "ne", "ra", "lo")
_SURNAME_ENDS = (
    "wick", "ford", "ley", "more", "shaw", "ton", "well", "by", "gate", "wood", "field", "mere",
    "hart", "worth", "brook", "stone", "ridge", "cott", "lowe", "ward",
)  # fmt: skip
_TITLE_WORDS = ("Lantern", "Harbour", "Meridian", "Orchard", "Tidewell", "Ember", "Hollow")


def syllables(rng: random.Random, count: int) -> str:
    """``count`` invented syllables run together (lower case)."""
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count)]
    return "".join(parts)


def _first_name(rng: random.Random) -> str:
    return syllables(rng, rng.choice((1, 2, 2))).capitalize()


def _surname(rng: random.Random) -> str:
    base = (syllables(rng, 1) + rng.choice(_SURNAME_ENDS)).capitalize()
    if rng.random() < 0.08:
        base += "-" + (syllables(rng, 1) + rng.choice(_SURNAME_ENDS)).capitalize()
    return base


def unique_names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """``count`` "First Surname" names whose full name, first name and surname are all new."""
    names: list[str] = []
    while len(names) < count:
        name = f"{_first_name(rng)} {_surname(rng)}"
        first, surname = name.split(" ", 1)[0], name.rsplit(" ", 1)[1]
        if name in taken or surname in taken or first in taken or len(first) < 3:
            continue
        taken.update((name, surname, first))
        names.append(name)
    return names


@dataclass(slots=True)
class World:
    """The invented film and everyone in it; benchmarks draw their command inputs from here."""

    title: str
    studio: str
    actors: list[str]
    characters: list[str]
    crew: list[str]
    speakers: list[str]
    """People quoted who are neither cast nor crew (producers, authors, executives)."""
    reporters: list[str]
    """Bylines and photo credits: named in articles, never cast, crew or quoted."""
    casting: dict[str, str] = field(default_factory=dict)
    """Character -> actor, as most articles state it (a recast changes it)."""

    @classmethod
    def build(cls, rng: random.Random, n_articles: int) -> World:
        """A world sized to the corpus: about one new actor and character every eight articles."""
        roles = max(40, n_articles // 8)
        taken: set[str] = set()
        actors = unique_names(rng, roles, taken)
        characters = unique_names(rng, roles, taken)
        crew = unique_names(rng, max(10, roles // 10), taken)
        speakers = unique_names(rng, max(10, roles // 6), taken)
        reporters = unique_names(rng, max(8, roles // 40), taken)
        title = f"The {rng.choice(_TITLE_WORDS)} {syllables(rng, 2).capitalize()}"
        studio = syllables(rng, 2).capitalize() + "flix"
        world = cls(title, studio, actors, characters, crew, speakers, reporters)
        world.casting = dict(zip(characters, actors, strict=True))
        return world

    @property
    def short_title(self) -> str:
        """The title without its article ("Lantern Baexdrath"), as headlines shorten it."""
        return self.title.split(" ", 1)[1]

    def quotable(self) -> list[str]:
        """Everyone an article may quote: the speakers and the first fifty actors."""
        return self.speakers + self.actors[:50]
