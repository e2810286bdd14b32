"""To "write the film's original score" is to compose it: the composer, never a writer of the
film; writing the film's script stays a writer's credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Netflix's Hollowmere has added a composer as its shoot nears the halfway mark."


def test_writing_the_films_score_is_a_composers_credit() -> None:
    for sentence in (
        "Composer Ines Varga is on board to write the film’s original score.",
        "Ines Varga, who scored Lantern Hill, has signed on to write the film's score.",
        "Ines Varga wrote the film’s original score in a month.",
    ):
        found = served_credits(facts(_LEDE, sentence))
        assert ("writer", "Ines Varga") not in found, sentence
    assert ("composer", "Ines Varga") in served_credits(
        facts(_LEDE, "Composer Ines Varga is on board to write the film’s original score.")
    )


def test_writing_the_films_script_stays_a_writers_credit() -> None:
    for sentence in (
        "Ines Varga is on board to write the film’s script.",
        "Ines Varga is attached to write the film for Netflix.",
    ):
        assert ("writer", "Ines Varga") in served_credits(facts(_LEDE, sentence)), sentence
