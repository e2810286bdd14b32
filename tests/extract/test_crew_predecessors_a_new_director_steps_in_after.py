"""A new holder "stepping in after" or "succeeding" the series' earlier directors names them as
predecessors, not as the new work's crew; the new holder keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Review: Larkhollow: The Film"
_LEDE = "Larkhollow: The Film is a fond farewell to the Vela series."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_series_directors_a_new_director_steps_in_after_are_not_credited() -> None:
    for sentence in (
        "Director Petra Lund, stepping in after series directors Owen Brack and Sian Tolley,"
        " gives the film a wider frame.",
        "Director Petra Lund, succeeding the show's original directors Owen Brack and Sian"
        " Tolley, gives the film a wider frame.",
    ):
        crew = _crew(sentence)
        assert "Owen Brack" not in crew, sentence
        assert "Sian Tolley" not in crew, sentence
        assert "Petra Lund" in crew, sentence


def test_directors_named_without_a_succession_stay_credited() -> None:
    sentence = "The film is directed by Owen Brack and Sian Tolley, and it looks wider."
    assert {"Owen Brack", "Sian Tolley"} <= _crew(sentence)
