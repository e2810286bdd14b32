"""The production's own director of photography told with "is" ("the film's director of
photography is X"), like its other posts (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "The Marigold Hours, directed by Oren Halvard, is coming to cinemas in May."


def test_the_films_director_of_photography_is_credited() -> None:
    assert ("cinematographer", "Posy Tembleton") in served_crew(
        _LEDE, "The film’s director of photography is Posy Tembleton."
    )


def test_the_post_in_a_run_of_posts_is_credited() -> None:
    found = served_crew(
        _LEDE,
        "The movie's director of photography is Posy Tembleton, the editor is Dunstan Mirlees"
        " and the score is by Wenna Trelawny.",
    )
    assert ("cinematographer", "Posy Tembleton") in found
    assert ("editor", "Dunstan Mirlees") in found


def test_its_director_of_photography_after_a_clause_is_credited() -> None:
    assert ("cinematographer", "Posy Tembleton") in served_crew(
        _LEDE, "Shooting starts in June, and its director of photography is Posy Tembleton."
    )
