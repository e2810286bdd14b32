"""A chart page's rivals: the star of a ", which stars" clause on a placed title that names none
of ours, a placed title's director after its figure in brackets, and a rival told by genre
"from director X"."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts, served_pairs

_TITLE = "Streaming chart: Copper Sound stays top as The Tin Crown slips"


def _chart(*extra: str) -> tuple[set[tuple[str, str]], set[tuple[str, CrewRole]]]:
    found = facts(
        "Lumen’s harbour thriller Copper Sound has topped the streaming chart again.",
        "Copper Sound has done it again. Lumen’s four-part thriller, starring Ada Vale as DI Mira"
        " Holt, was the most-streamed title of the week.",
        *extra,
        "Top five streaming originals this week",
        "1. Copper Sound (Lumen) – 41m minutes",
        "2. The Tin Crown (Vela) – 29m",
        "3. Salt Year (Vela) – 17m",
        date="2026-01-14",
        title=_TITLE,
    )
    crew = {(c.name, c.role) for c in found.crew if c.served}
    return served_pairs(found), crew


def test_a_placed_rivals_which_stars_clause_is_its_casting() -> None:
    cast, _ = _chart(
        "That is ahead of Vela’s fantasy epic The Tin Crown (29 million minutes), which stars Odo"
        " Bram as King Aldwin."
    )
    assert ("Odo Bram", "King Aldwin") not in cast
    assert ("Ada Vale", "DI Mira Holt") in cast


def test_our_own_which_stars_clause_is_still_ours() -> None:
    cast, _ = _chart("Copper Sound (41 million minutes), which stars Kai Lund as Tomas Reyes, won.")
    assert ("Kai Lund", "Tomas Reyes") in cast


def test_a_placed_titles_director_after_its_figure_is_the_rivals() -> None:
    _, crew = _chart(
        "Further down came horror holdover Salt Year (£740,000), directed by Wren Castell.",
        "Copper Sound is directed by Tomas Quill.",
    )
    assert ("Wren Castell", CrewRole.DIRECTOR) not in crew
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew


def test_a_rival_told_by_genre_from_its_director_is_the_rivals() -> None:
    _, crew = _chart(
        "Horror newcomer Salt Year, from director Wren Castell, had a softer start.",
        "Copper Sound, from director Tomas Quill, held on.",
    )
    assert ("Wren Castell", CrewRole.DIRECTOR) not in crew
    assert ("Tomas Quill", CrewRole.DIRECTOR) in crew
