"""A festival report's prize going to another titled work "from director X" names that work's
maker, not ours."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "Lantern Bay closes the Harbourlight festival"


def test_a_prize_winners_director_is_not_ours() -> None:
    for sentence in (
        "The jury prize went on Sunday to “Gull Season”, from Cornish director Ivo Kjeldsen.",
        "Top honours went to ‘Gull Season’, from first-time director Ivo Kjeldsen.",
        "The audience award was won by “Gull Season”, from writer-director Ivo Kjeldsen.",
    ):
        crew = served_crew(
            "Lantern Bay, directed by Perrin Gautschi, closed the festival on Saturday night.",
            "Gautschi took questions afterwards with the cast.",
            sentence,
            title=_HEADLINE,
        )
        assert ("director", "Perrin Gautschi") in crew, sentence
        assert not any(name == "Ivo Kjeldsen" for _, name in crew), sentence
