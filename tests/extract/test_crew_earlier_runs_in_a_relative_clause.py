"""The earlier runs' credit set against the work in a relative clause ("Unlike the first two
series, which were directed by X and Y, the film is directed by Z"): X and Y made the runs,
not the film; Z's credit, told after it, stays (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Gullwick Bay, the film of the BBC coastal comedy, opens in cinemas next spring."


def test_the_earlier_runs_directors_in_a_which_clause_are_not_the_films() -> None:
    for sentence in (
        "Unlike the first two series, which were directed by Tamsin Roe and Idris Vale, the "
        "film is directed by Petra Lund.",
        "As with the previous series, which were written by Tamsin Roe and Idris Vale, the film "
        "is directed by Petra Lund.",
    ):
        found = served_credits(facts(_LEDE, sentence))
        assert ("director", "Tamsin Roe") not in found, sentence
        assert ("writer", "Tamsin Roe") not in found, sentence
        assert ("director", "Idris Vale") not in found, sentence
        assert ("director", "Petra Lund") in found, sentence


def test_the_films_own_credit_in_a_which_clause_stays() -> None:
    found = served_credits(
        facts(_LEDE, "The film, which was directed by Petra Lund, was shot in Whitby.")
    )
    assert ("director", "Petra Lund") in found
